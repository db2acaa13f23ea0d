// `npm run bench:http`: the load benchmark of issue 4, on the real PostgreSQL. Loads a large dataset
// into a fresh database, starts the production build on it, and measures with autocannon, at 10
// connections, the ceremony page and the answer endpoint beside a bare node:http + postgres.js server
// doing one comparable query, measured in the same run. Prints requests/s, p99 and the ratios.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import autocannon, { type Request as LoadRequest, type Result as LoadResult } from "autocannon";
import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { NEXT_BIN, prepareLocalEnv } from "../scripts/lib/env";
import { startBaseline } from "./http/baseline-server";
import { loadDataset } from "./http/dataset";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 10;

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

function row(name: string, result: LoadResult, target: string, base?: LoadResult) {
  const rps = result.requests.average;
  const ratio = base ? ` ${(rps / base.requests.average).toFixed(2)}x of baseline` : "";
  const bad = result.non2xx + result.errors + result.timeouts;
  const codes = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, { count }]) => `${count}x${code}`)
    .join(" ");
  console.log(
    `${name.padEnd(34)} ${rps.toFixed(0).padStart(6)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms  ${bad ? `${bad} failed (${codes || "errors"})  ` : ""}${target}${ratio}`,
  );
}

/** Answers alternate per invitation; each connection works on one invitation at a time, tracking its version. */
const failures: string[] = [];

function answerRequests(tcrs: { token: string; invitationId: string; version: number }[]) {
  const state = tcrs.map((t) => ({ version: t.version, busy: false }));
  let next = 0;
  return [
    {
      method: "POST",
      setupRequest(request: LoadRequest, context: Record<string, unknown>) {
        let i = next;
        for (let tries = 0; tries < tcrs.length && state[i]?.busy; tries++) i = (i + 1) % tcrs.length;
        next = (i + 1) % tcrs.length;
        const s = state[i] as { version: number; busy: boolean };
        const t = tcrs[i] as { token: string; invitationId: string };
        s.busy = true;
        context.index = i;
        return {
          ...request,
          path: `/api/invitations/${t.invitationId}/response`,
          headers: { "content-type": "application/json", cookie: `authjs.session-token=${t.token}` },
          body: JSON.stringify({ response: s.version % 2 ? "if_need_be" : "attending", version: s.version }),
        };
      },
      onResponse(status: number, body: string, context: Record<string, unknown>) {
        const s = state[context.index as number] as { version: number; busy: boolean };
        if (status === 200) s.version = (JSON.parse(body) as { version: number }).version;
        else if (failures.length < 3) failures.push(`${status} ${body.slice(0, 200)}`);
        s.busy = false;
      },
    },
  ];
}

async function main() {
  const env = prepareLocalEnv();
  // Measure the code as it is now: a build left over from an earlier checkout would measure that instead.
  // BENCH_SKIP_BUILD=1 reuses the current build when it is known to be fresh.
  if (process.env.BENCH_SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID"))
    spawnSync(NEXT_BIN, ["build"], { stdio: "inherit", env });
  const name = `cd_bench_${Date.now()}`;
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  let server: ChildProcess | null = null;
  let baseline: Awaited<ReturnType<typeof startBaseline>> | null = null;
  try {
    const database = await openDatabase({ url: url.toString() });
    const started = Date.now();
    const data = await loadDataset(database.db, new Date());
    await database.close();
    console.log(
      `dataset: 500 people, 200 ceremonies, 10,000 answers, 100 restrictions (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    baseline = await startBaseline(url.toString());
    const app = `http://localhost:${PORT}`;
    if (
      await fetch(`${app}/api/health`).then(
        () => true,
        () => false,
      )
    ) {
      throw new Error(`port ${PORT} is already in use: stop that server or set BENCH_PORT`);
    }
    // Its own process group, so that stopping it also stops the server process next start forks.
    // BENCH_NODE_ARGS go to the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
    server = spawn(
      process.execPath,
      [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(PORT)],
      {
        env: { ...env, DATABASE_URL: url.toString(), DEV_MAILBOX: "0", NODE_ENV: "production" },
        stdio: ["ignore", "ignore", "inherit"],
        detached: true,
      },
    );
    await waitFor(`${app}/api/health`);
    const cookie = `authjs.session-token=${data.coordinatorToken}`;
    const page = `${app}/ceremonies/${data.ceremonyId}`;
    if ((await fetch(page, { headers: { cookie } })).status !== 200)
      throw new Error("the ceremony page did not answer 200");
    if (process.env.BENCH_HOLD === "1") {
      // For profiling by hand: keep the server and data until Ctrl+C.
      console.log(
        `holding: ${page}\ncookie: ${cookie}\nanswer: ${app}/api/invitations/${data.tcrs[0]?.invitationId}/response with authjs.session-token=${data.tcrs[0]?.token}`,
      );
      await new Promise((resolve) => process.once("SIGINT", resolve));
      return;
    }
    await autocannon({ url: page, connections: CONNECTIONS, duration: 3, headers: { cookie } }); // warm-up
    console.log(`\nload: ${CONNECTIONS} connections, ${DURATION} s each, one after the other\n`);
    const basePage = await autocannon({
      url: `${baseline.url}/ceremony/${data.ceremonyId}`,
      connections: CONNECTIONS,
      duration: DURATION,
    });
    const appPage = await autocannon({
      url: page,
      connections: CONNECTIONS,
      duration: DURATION,
      headers: { cookie },
    });
    const baseAnswer = await autocannon({
      url: baseline.url,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: [
        {
          method: "POST",
          setupRequest: (r) => ({
            ...r,
            path: `/response/${data.tcrs[Math.floor(Math.random() * data.tcrs.length)]?.invitationId}`,
            body: JSON.stringify({ response: "attending" }),
          }),
        },
      ],
    });
    // The baseline's updates bumped some versions: start from what the database holds now.
    const current = postgres(url.toString(), { max: 1, onnotice: () => {} });
    const rows =
      await current`select id, version from invitations where id in ${current(data.tcrs.map((t) => t.invitationId))}`;
    await current.end();
    const versionOf = new Map(rows.map((r) => [r.id as string, r.version as number]));
    const tcrs = data.tcrs.map((t) => ({ ...t, version: versionOf.get(t.invitationId) ?? 1 }));
    const appAnswer = await autocannon({
      url: app,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: answerRequests(tcrs),
    });
    row("baseline: read ceremony (node:http)", basePage, "");
    row("ceremony page (Next, 50 invitees)", appPage, "target >= 150 req/s, p99 < 250 ms", basePage);
    row("baseline: update answer (node:http)", baseAnswer, "");
    row("answer endpoint (Next)", appAnswer, "target >= 200 req/s, p99 < 200 ms", baseAnswer);
    for (const failure of failures) console.log(`  first failures: ${failure}`);
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await baseline?.close();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});
