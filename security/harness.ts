import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { networkInterfaces } from "node:os";
import postgres from "postgres";

export const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the suite through security/playwright.config.ts`);
  return value;
};

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request exactly as given (Host and forwarding headers included, which fetch would not let
 * us forge), to `host:port`.
 */
export function raw(
  target: { host?: string; port: number },
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.host ?? "127.0.0.1",
        port: target.port,
        path,
        method: options.method ?? "GET",
        headers: options.headers,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          body += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

/** An address of this machine that is not loopback: what another machine on the network would reach. */
export function externalAddress(): string {
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) if (entry.family === "IPv4" && !entry.internal) return entry.address;
  }
  throw new Error("this machine has no non-loopback IPv4 address");
}

export function database(url: string) {
  return postgres(url, { max: 2, onnotice: () => {} });
}

/** A session for a registered person, as signing in would create it; returns the Cookie header. */
export async function sessionFor(sql: postgres.Sql, email: string): Promise<string> {
  const token = randomUUID();
  const [person] = await sql`select id from people where email = ${email}`;
  if (!person) throw new Error(`${email} is not registered`);
  await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${person.id}, now() + interval '1 hour')`;
  return `authjs.session-token=${token}`;
}

export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The resident set of a process and its children, in MiB, from /proc. */
export function residentMiB(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim();
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
      }
    } catch {
      // the process ended
    }
  };
  visit(pid);
  return total;
}
