// The HTTP server of the app: Next's request handler behind our edge (lib/edge), which alone decides
// the client address, the host sign-in answers under, body limits and the 503 while the database is
// unreachable. `npm start` runs it; `npm run dev` runs it with --dev.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { getDatabase } from "@/db/client";
import { serveSettings } from "@/lib/edge/edge-config";
import { createEdgeHandler } from "@/lib/edge/edge-handler";
import { isLoopbackHost } from "@/lib/http/client-address";
import { EDGE_TOKEN_ENV } from "@/lib/http/edge-headers";

async function main() {
  const dev = process.argv.includes("--dev");
  const settings = serveSettings(process.env);
  const edgeToken = randomBytes(24).toString("base64url");
  // Set before Next loads the app, which reads them: links use the one public origin, the mailbox
  // exists only on loopback without a provider, and only this edge's client address is believed.
  process.env.APP_URL = settings.publicOrigin.origin;
  process.env.AUTH_URL = settings.publicOrigin.origin;
  process.env.DEV_MAILBOX = settings.mailboxEnabled ? "1" : "0";
  process.env[EDGE_TOKEN_ENV] = edgeToken;

  const app = next({ dev, hostname: settings.hostname, port: settings.port, dir: process.cwd() });
  const nextHandler = app.getRequestHandler();
  await app.prepare();

  const handler = createEdgeHandler(
    {
      trust: settings.trust,
      publicOrigin: settings.publicOrigin,
      mailboxEnabled: settings.mailboxEnabled,
      edgeToken,
      async sessionIsValid(token) {
        const database = await getDatabase();
        const rows = await database.query(
          "select 1 from sessions where session_token = $1 and expires > now()",
          [token],
        );
        return rows.length > 0;
      },
      async databaseReachable() {
        await (await getDatabase()).renew();
        return true;
      },
    },
    (req, res) => nextHandler(req, res),
  );
  const server = createServer((req, res) => {
    handler(req, res).catch((error) => {
      console.error("[edge]", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Something went wrong on our side.\n");
    });
  });
  // Slow clients may not hold a connection open indefinitely while sending headers or a body.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.hostname, resolve);
  });
  const local = isLoopbackHost(settings.hostname);
  console.log(
    `Listening on ${settings.hostname}:${settings.port}: ${
      local
        ? "only this machine can connect (HOSTNAME=0.0.0.0 accepts others and turns the development mailbox off)"
        : "other machines can connect; the development mailbox is off"
    }. Public address: ${settings.publicOrigin.origin}`,
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
    });
  }
}

main().catch((error) => {
  console.error(`Could not start the server: ${(error as Error).message}`);
  process.exit(1);
});
