import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedEmail {
  idempotencyKey: string | null;
  body: { to: string | string[]; subject: string; html: string; text: string };
}

/**
 * A local stand-in for the Resend API (POST /emails) that answers 500 for the first `failFirst` calls.
 * It keeps what it accepted, keyed like Resend by the Idempotency-Key header.
 */
export async function startResendStandIn(failFirst = 0) {
  const attempts: ReceivedEmail[] = [];
  const accepted = new Map<string, ReceivedEmail>();
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => {
      const email: ReceivedEmail = {
        idempotencyKey: (req.headers["idempotency-key"] as string | undefined) ?? null,
        body: JSON.parse(raw || "{}"),
      };
      attempts.push(email);
      res.setHeader("content-type", "application/json");
      if (req.method !== "POST" || req.url !== "/emails" || attempts.length <= failFirst) {
        res.statusCode = 500;
        res.end(
          JSON.stringify({ name: "internal_server_error", message: "stand-in failure", statusCode: 500 }),
        );
        return;
      }
      const key = email.idempotencyKey ?? `anon-${attempts.length}`;
      if (!accepted.has(key)) accepted.set(key, email);
      res.end(JSON.stringify({ id: `msg-${[...accepted.keys()].indexOf(key) + 1}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    attempts,
    accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
