// `npm run bench:http`: the HTTP benchmark, on the real PostgreSQL. Loads a large dataset into a fresh
// database, starts the production build on it (one `next start`, and a second one for the scale-out rows),
// starts Next's floor (bench/floor: an empty app built and started the same way) and a bare node:http +
// postgres.js baseline, then measures every case with autocannon at 10 connections in 3 rounds, the cases
// interleaved and each round in a new order. Each row: req/s min/median/max over the rounds, median p50
// and p99, server and PostgreSQL CPU per request (from /proc), and the median of the per-round ratios to
// the row's floor, with the target where the issue sets one. Prints how busy the machine was.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import autocannon, { type Result as LoadResult, type Options } from "autocannon";
import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { NEXT_BIN, prepareLocalEnv } from "../scripts/lib/env";
import { answerFailures, answerRequests, baselineAnswerRequests } from "./http/answer-load";
import { startBaseline } from "./http/baseline-server";
import { type Dataset, type InviteeCount, loadDataset } from "./http/dataset";
import { cpuSnapshot, cpuSpent, machineTicks } from "./http/proc-cpu";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = 3;
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

interface Server {
  url: string;
  pgid: number;
}

/** `next start` in `dir` on `port`, in its own process group (so its CPU is counted and it stops whole). */
async function nextStart(dir: string, port: number, env: NodeJS.ProcessEnv): Promise<Server> {
  // BENCH_NODE_ARGS go to the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const url = `http://localhost:${port}`;
  // AUTH_URL is the one origin Auth.js trusts, as the app's edge (scripts/serve.ts) sets it.
  const child = spawn(
    process.execPath,
    [...nodeArgs, "node_modules/next/dist/bin/next", "start", dir, "-p", String(port)],
    {
      env: { ...env, NODE_ENV: "production", AUTH_URL: url },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  await waitFor(`${url}${dir === "." ? "/api/health" : "/noop"}`);
  return { url, pgid: child.pid as number };
}

interface Case {
  name: string;
  /** The case this one is divided by, per round. */
  floor?: string;
  target?: number;
  /** Server process groups whose CPU this case costs. */
  pgids: number[];
  /** autocannon runs started together; their request rates add up (two servers: one run each). */
  runs: Options[];
}

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  serverMs: number;
  postgresMs: number;
  failed: number;
}

async function measure(c: Case, duration: number): Promise<Sample> {
  const before = cpuSnapshot(c.pgids);
  const results: LoadResult[] = await Promise.all(c.runs.map((run) => autocannon({ ...run, duration })));
  const spent = cpuSpent(before, cpuSnapshot(c.pgids));
  const total = results.reduce((n, r) => n + r.requests.total, 0) || 1;
  return {
    rps: results.reduce((n, r) => n + r.requests.average, 0),
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    serverMs: spent.server / total,
    postgresMs: spent.postgres / total,
    failed: results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function cases(
  data: Dataset,
  app: Server,
  second: Server,
  floor: Server,
  floor2: Server,
  baseline: string,
): Case[] {
  const coordinator = { cookie: `authjs.session-token=${data.coordinatorToken}` };
  const one = (name: string, server: Server, path: string, extra: Partial<Case> = {}): Case => ({
    name,
    pgids: [server.pgid],
    runs: [{ url: `${server.url}${path}`, connections: CONNECTIONS, headers: coordinator }],
    ...extra,
  });
  const two = (name: string, servers: Server[], path: string, extra: Partial<Case> = {}): Case => ({
    name,
    pgids: servers.map((s) => s.pgid),
    runs: servers.map((s) => ({
      url: `${s.url}${path}`,
      connections: CONNECTIONS / 2,
      headers: coordinator,
    })),
    ...extra,
  });
  const page = (n: InviteeCount) => `/ceremonies/${data.ceremonyWith[n]}`;
  const tcrAnswers = answerRequests(data.tcrs);
  return [
    {
      name: "baseline: read ceremony (node:http)",
      pgids: [],
      runs: [{ url: `${baseline}/ceremony/${data.ceremonyId}`, connections: CONNECTIONS }],
    },
    {
      name: "baseline: update answer (node:http)",
      pgids: [],
      runs: [
        {
          url: baseline,
          connections: CONNECTIONS,
          requests: baselineAnswerRequests(data.baselineInvitationIds),
        },
      ],
    },
    one("floor: empty dynamic page (Next)", floor, "/"),
    one("floor: no-op route handler (Next)", floor, "/noop"),
    one("empty page in the signed-in shell", app, "/no-access", {
      floor: "floor: empty dynamic page (Next)",
      target: 0.8,
    }),
    one("route that only reads the session", app, "/api/auth/session", {
      floor: "floor: no-op route handler (Next)",
    }),
    one("/api/health", app, "/api/health", { floor: "floor: no-op route handler (Next)" }),
    one("ceremony page, 5 invitees", app, page(5), { floor: "floor: empty dynamic page (Next)" }),
    one("ceremony page, 50 invitees", app, page(50), {
      floor: "floor: empty dynamic page (Next)",
      target: 0.5,
    }),
    one("ceremony page, 200 invitees", app, page(200), { floor: "floor: empty dynamic page (Next)" }),
    {
      name: "answer endpoint",
      floor: "/api/health",
      target: 0.35,
      pgids: [app.pgid],
      runs: [{ url: app.url, connections: CONNECTIONS, requests: tcrAnswers }],
    },
    two("2 processes: floor, empty dynamic page", [floor, floor2], "/"),
    two("2 processes: ceremony page, 50 invitees", [app, second], page(50), {
      floor: "2 processes: floor, empty dynamic page",
      target: 0.5,
    }),
  ];
}

function report(all: Case[], samples: Map<string, Sample[]>, busy: number) {
  const pad = (text: string, n: number) => text.padEnd(n);
  const num = (v: number, digits = 1) => v.toFixed(digits).padStart(7);
  console.log(
    `\n${pad("case", 44)}${"req/s min/med/max".padStart(24)}${"p50".padStart(7)}${"p99".padStart(7)}${"srv ms".padStart(8)}${"pg ms".padStart(8)}   ratio to floor (median)`,
  );
  for (const c of all) {
    const rows = samples.get(c.name) ?? [];
    const rps = rows.map((r) => r.rps);
    const ratios = c.floor
      ? rows.map((r, i) => r.rps / ((samples.get(c.floor as string) ?? [])[i]?.rps ?? Number.NaN))
      : [];
    const ratio = c.floor
      ? `${median(ratios).toFixed(2)}x of ${c.floor}${c.target ? `  target >= ${c.target}x ${median(ratios) >= c.target ? "met" : "not met"}` : ""}`
      : "";
    const failed = rows.reduce((n, r) => n + r.failed, 0);
    console.log(
      `${pad(c.name, 44)}${`${Math.min(...rps).toFixed(0)} / ${median(rps).toFixed(0)} / ${Math.max(...rps).toFixed(0)}`.padStart(24)}${num(median(rows.map((r) => r.p50)), 0)}${num(median(rows.map((r) => r.p99)), 0)}${num(median(rows.map((r) => r.serverMs)))}${num(median(rows.map((r) => r.postgresMs)))}   ${ratio}${failed ? `  ${failed} failed` : ""}`,
    );
  }
  console.log(
    `\nserver CPU: the process group of the next start that served the case (none for node:http rows); pg: every postgres process. Machine busy ${(busy * 100).toFixed(0)}% of its CPU during the rounds.`,
  );
}

/** The ceremony page's HTML and its RSC payload (what a client navigation fetches), in KB, per size. */
async function payloadSizes(app: Server, data: Dataset, cookie: string) {
  const size = async (path: string, rsc: boolean) => {
    const response = await fetch(`${app.url}${path}`, { headers: { cookie, ...(rsc ? { rsc: "1" } : {}) } });
    return (await response.arrayBuffer()).byteLength / 1024;
  };
  const lines = [];
  for (const n of [5, 50, 200] as InviteeCount[]) {
    const path = `/ceremonies/${data.ceremonyWith[n]}`;
    const [html, rsc] = [await size(path, false), await size(path, true)];
    lines.push(
      `  ceremony page, ${n} invitees: HTML ${html.toFixed(1)} KB, RSC payload ${rsc.toFixed(1)} KB${n === 50 ? `  target < 25 KB ${rsc < 25 ? "met" : "not met"}` : ""}`,
    );
  }
  console.log(`\npayload (one request each):\n${lines.join("\n")}`);
}

async function main() {
  const env = prepareLocalEnv();
  // Measure the code as it is now: a build left over from an earlier checkout would measure that instead.
  // BENCH_SKIP_BUILD=1 reuses the current builds when they are known to be fresh.
  const skip = process.env.BENCH_SKIP_BUILD === "1";
  if (!skip || !existsSync(".next/BUILD_ID")) spawnSync(NEXT_BIN, ["build"], { stdio: "inherit", env });
  // The floor is built with webpack: Turbopack will not build an app nested inside another one.
  if (!skip || !existsSync("bench/floor/.next/BUILD_ID"))
    spawnSync(NEXT_BIN, ["build", "--webpack", "bench/floor"], { stdio: "inherit", env });
  const name = `cd_bench_${Date.now()}`;
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const servers: Server[] = [];
  let baseline: Awaited<ReturnType<typeof startBaseline>> | null = null;
  try {
    const database = await openDatabase({ url: url.toString() });
    const started = Date.now();
    const data = await loadDataset(database.db, new Date());
    await database.close();
    console.log(
      `dataset: 500 people, 200 ceremonies (5, 50 and 200 invitees on the measured ones), about 10,000 answers, 100 restrictions (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    baseline = await startBaseline(url.toString());
    const appEnv = { ...env, DATABASE_URL: url.toString(), DEV_MAILBOX: "0" };
    for (const port of [PORT, PORT + 1, PORT + 2, PORT + 3]) {
      if (
        await fetch(`http://localhost:${port}/`).then(
          () => true,
          () => false,
        )
      )
        throw new Error(`port ${port} is already in use: stop that server or set BENCH_PORT`);
    }
    const app = await nextStart(".", PORT, appEnv);
    servers.push(app);
    const second = await nextStart(".", PORT + 1, appEnv);
    servers.push(second);
    const floor = await nextStart("bench/floor", PORT + 2, env);
    servers.push(floor);
    const floor2 = await nextStart("bench/floor", PORT + 3, env);
    servers.push(floor2);
    const page = `${app.url}/ceremonies/${data.ceremonyId}`;
    const cookie = `authjs.session-token=${data.coordinatorToken}`;
    if ((await fetch(page, { headers: { cookie } })).status !== 200)
      throw new Error("the ceremony page did not answer 200");
    if (process.env.BENCH_HOLD === "1") {
      console.log(`holding: ${page}\ncookie: ${cookie}`);
      await new Promise((resolve) => process.once("SIGINT", resolve));
      return;
    }
    await payloadSizes(app, data, cookie);
    const all = cases(data, app, second, floor, floor2, baseline.url);
    // Every case is warmed up alike (the answer endpoint too) before the first round.
    for (const c of all) await measure(c, 2);
    console.log(
      `\nload: ${CONNECTIONS} connections, ${DURATION} s per case, ${ROUNDS} rounds, ${all.length} cases`,
    );
    const samples = new Map<string, Sample[]>(all.map((c) => [c.name, []]));
    const ticksBefore = machineTicks();
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < all.length; k++) {
        const c = all[(k + round * 5) % all.length] as Case;
        samples.get(c.name)?.push(await measure(c, DURATION));
      }
    }
    const ticksAfter = machineTicks();
    report(all, samples, (ticksAfter.busy - ticksBefore.busy) / (ticksAfter.total - ticksBefore.total));
    for (const failure of answerFailures) console.log(`  first failed answers: ${failure}`);
  } finally {
    for (const server of servers) if (server.pgid) process.kill(-server.pgid, "SIGTERM");
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
