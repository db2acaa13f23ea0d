import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Fills in what a local run needs and nobody should have to type: a persistent AUTH_SECRET kept in
 * .data (never committed) and no telemetry. The public origin, the bind address and the development
 * mailbox are decided by the server itself (lib/edge/edge-config.ts).
 */
export function prepareLocalEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out = { ...env };
  out.NEXT_TELEMETRY_DISABLED = "1";
  if (!out.AUTH_SECRET) {
    const dataDir = path.join(process.cwd(), ".data");
    const file = path.join(dataDir, "auth-secret");
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    out.AUTH_SECRET = readFileSync(file, "utf8").trim();
  }
  return out;
}

export const NEXT_BIN = path.join(process.cwd(), "node_modules", ".bin", "next");
