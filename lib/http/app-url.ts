/** The one public origin of the app: every link in every mail and calendar entry is built on it. */
export function publicOrigin(): URL {
  const base = process.env.APP_URL || process.env.AUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(new URL(base).origin);
}

/** The public address of the app, for links in email and calendar entries. */
export function appUrl(path = "/"): string {
  return new URL(path, publicOrigin()).toString();
}

/** Whether a Host header names the public origin (default ports aside). */
export function isPublicHost(host: string | null, origin = publicOrigin()): boolean {
  if (!host) return false;
  const defaultPort = origin.protocol === "https:" ? ":443" : ":80";
  const lower = host.toLowerCase();
  return (lower.endsWith(defaultPort) ? lower.slice(0, -defaultPort.length) : lower) === origin.host;
}
