// `npm start`: build if needed, migrate, seed the demo on first run, then serve. No outside services.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { defaultDataDir } from "@/db/client";
import { serveSettings } from "@/lib/edge/edge-config";
import { NEXT_BIN, prepareLocalEnv } from "./lib/env";
import { NODE_TSX } from "./lib/node-tsx";
import { prepareDatabase } from "./lib/prepare-database";

const env = prepareLocalEnv();
Object.assign(process.env, env);
const settings = serveSettings(env);
const origin = settings.publicOrigin.origin;
// Where this script itself reaches the server to wait for it: a wildcard bind answers on loopback.
const bound = ["0.0.0.0", "::", "[::]"].includes(settings.hostname) ? "127.0.0.1" : settings.hostname;
const healthUrl = `http://${bound.includes(":") ? `[${bound}]` : bound}:${settings.port}/api/health`;

async function main() {
  if (env.FRESH_DATA === "1" && !env.DATABASE_URL) rmSync(defaultDataDir(), { recursive: true, force: true });
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("No production build yet: building it (under a minute)…");
    const build = spawnSync(NEXT_BIN, ["build"], {
      stdio: "inherit",
      env: { ...env, SKIP_BUILD_TYPECHECK: "1" },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const db = await prepareDatabase({ seed: env.SEED_DEMO !== "0" });
  console.log(
    `Database: ${db.driver === "pglite" ? `embedded PGlite in ${defaultDataDir()}` : "PostgreSQL (DATABASE_URL)"}` +
      (db.seeded ? ", demo data loaded." : "."),
  );
  const server = spawn(process.execPath, [...NODE_TSX, path.join("scripts", "serve.ts")], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...env, NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
  await waitForHealth();
  printWelcome();
}

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(healthUrl);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function printWelcome() {
  const mailbox = settings.mailboxEnabled;
  console.log(`
Ceremony Desk is running at ${origin}

Sign in with one of the demo people:
  coordinator@example.org   coordinator (plans ceremonies)
  co-east-1@example.org     crypto officer at KMF East (a TCR)
  ca-east@example.org       ceremony administrator (staff)
  auditor@example.org       auditor (read-only, audit trail)
${
  mailbox
    ? `No mail provider is set, so sign-in links go to the development mailbox, which answers this
machine only:
  ${origin}/dev/mailbox   (open the newest message, follow the link, press "Sign in")`
    : env.RESEND_API_KEY
      ? "Sign-in links are sent through Resend (RESEND_API_KEY is set)."
      : "No mail provider is set and other machines can connect, so the development mailbox is off:\nset RESEND_API_KEY to send sign-in links."
}
Press Ctrl+C to stop.`);
}

main().catch((error) => {
  console.error(`Could not start: ${(error as Error).message}`);
  process.exit(1);
});
