import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { NODE_TSX } from "../scripts/lib/node-tsx";

export const SERVER_URL = "postgres://postgres@127.0.0.1:5432";

export interface RunningApp {
  origin: string;
  child: ChildProcess;
  /** The HTTP server itself (scripts/serve.ts), which `npm start` runs as its child. */
  serverPid: number;
  stop(): Promise<void>;
}

const tsx = (script: string, args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [...NODE_TSX, script, ...args], { env, encoding: "utf8" });

/** A fresh database on the real server; returns its URL for `user`. */
export async function freshDatabase(
  prefix: string,
): Promise<{ name: string; url: (user?: string) => string }> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(`${SERVER_URL}/postgres`, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  return { name, url: (user = "postgres") => `postgres://${user}@127.0.0.1:5432/${name}` };
}

export async function dropDatabase(name: string, roles: string[] = []) {
  const admin = postgres(`${SERVER_URL}/postgres`, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  for (const role of roles) await admin.unsafe(`drop role if exists ${role}`).catch(() => {});
  await admin.end();
}

/** Migrates and seeds a database as its owner, then (optionally) grants the app role. */
export function prepareAsOwner(url: string, appRole?: string) {
  const env = { ...process.env, DATABASE_URL: url };
  const seed = tsx("scripts/seed.ts", [], env);
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr}`);
  if (appRole) {
    const grant = tsx("scripts/admin.ts", ["db", "grant-app-role", appRole], env);
    if (grant.status !== 0) throw new Error(`grant failed: ${grant.stderr}`);
  }
}

/** `npm start` with these settings, waiting until /api/health answers. */
export async function startApp(
  port: number,
  env: Record<string, string>,
  healthHost = "127.0.0.1",
): Promise<RunningApp> {
  const child = spawn(process.execPath, [...NODE_TSX, "scripts/start.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), RESEND_API_KEY: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited:\n${output}`);
    try {
      if ((await fetch(`http://${healthHost}:${port}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server on ${port} did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").trim().split(/\s+/);
  return {
    origin: `http://localhost:${port}`,
    child,
    serverPid: Number(children[0]),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
