import "server-only";
import { isLoopbackHost, type ProxyTrust, parseProxyTrust } from "@/lib/http/client-address";

export interface ServeSettings {
  port: number;
  /** The address the server binds: loopback unless HOSTNAME says otherwise. */
  hostname: string;
  publicOrigin: URL;
  trust: ProxyTrust;
  /** No mail provider and nobody but this machine can connect: sign-in links may be shown locally. */
  mailboxEnabled: boolean;
}

export const DEFAULT_HOSTNAME = "127.0.0.1";

/** Reads the serving settings once from the environment; a bad value stops the start with its name. */
export function serveSettings(env: NodeJS.ProcessEnv): ServeSettings {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new Error(`PORT: "${env.PORT}" is not a port`);
  const hostname = env.HOSTNAME?.trim() || DEFAULT_HOSTNAME;
  const configured = env.APP_URL || env.AUTH_URL || `http://localhost:${port}`;
  let publicOrigin: URL;
  try {
    publicOrigin = new URL(new URL(configured).origin);
  } catch {
    throw new Error(`APP_URL: "${configured}" is not an absolute http(s) address`);
  }
  if (publicOrigin.protocol !== "http:" && publicOrigin.protocol !== "https:") {
    throw new Error(`APP_URL: "${configured}" must start with http:// or https://`);
  }
  const trust = parseProxyTrust(env.TRUSTED_PROXIES);
  const mailboxEnabled = !env.RESEND_API_KEY && env.DEV_MAILBOX !== "0" && isLoopbackHost(hostname);
  return { port, hostname, publicOrigin, trust, mailboxEnabled };
}
