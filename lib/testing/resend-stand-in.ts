import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedEmail {
  idempotencyKey: string | null;
  body: { to: string | string[]; subject: string; html: string; text: string };
}

export interface StandInOptions {
  /** Answers 500 to the first this many calls. */
  failFirst?: number;
  /** Holds the connection open, never answering, for a message to a matching address. */
  hangFor?: (to: string) => boolean;
  /** Answers 500 to the first call for each idempotency key that matches, as a flaky provider would. */
  failOnceFor?: (key: string) => boolean;
  /** Waits this long before answering, as a provider across the network does. */
  latencyMs?: number;
}

/**
 * A local stand-in for the Resend API (POST /emails). It keeps what it accepted, keyed like Resend by
 * the Idempotency-Key header; GET /_accepted lists it for a test in another process.
 */
export async function startResendStandIn(options: StandInOptions | number = {}) {
  const {
    failFirst = 0,
    hangFor,
    failOnceFor,
    latencyMs = 0,
  } = typeof options === "number" ? { failFirst: options } : options;
  const attempts: ReceivedEmail[] = [];
  const accepted = new Map<string, ReceivedEmail>();
  const failedOnce = new Set<string>();
  /** Successful answers for a key that was accepted already: sends a real provider would not dedupe. */
  let repeats = 0;
  const held = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/_accepted") {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ attempts: attempts.length, accepted: [...accepted.values()] }));
      return;
    }
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => setTimeout(answer, latencyMs));
    const answer = () => {
      const email: ReceivedEmail = {
        idempotencyKey: (req.headers["idempotency-key"] as string | undefined) ?? null,
        body: JSON.parse(raw || "{}"),
      };
      attempts.push(email);
      const to = [email.body.to].flat().join(",");
      if (hangFor?.(to)) {
        held.add(res);
        return;
      }
      res.setHeader("content-type", "application/json");
      const key = email.idempotencyKey ?? `anon-${attempts.length}`;
      const flaky = failOnceFor?.(key) === true && !failedOnce.has(key);
      if (flaky) failedOnce.add(key);
      if (req.method !== "POST" || req.url !== "/emails" || attempts.length <= failFirst || flaky) {
        res.statusCode = 500;
        res.end(
          JSON.stringify({ name: "internal_server_error", message: "stand-in failure", statusCode: 500 }),
        );
        return;
      }
      if (accepted.has(key)) repeats++;
      else accepted.set(key, email);
      res.end(JSON.stringify({ id: `msg-${key}` }));
    };
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    attempts,
    accepted,
    repeats: () => repeats,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
