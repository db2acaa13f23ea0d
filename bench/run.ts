// `npm run bench`: runs every registered suite and prints one table. A suite is a list of cases; a case
// may name a baseline case (its ratio is printed) and a target (printed, never asserted). Add a suite by
// exporting one from its own file and listing it in SUITES.
import { cliSuite } from "./cli";
import { domainSuite } from "./domain";

export interface BenchCase {
  name: string;
  run: () => unknown;
  /** Name of a case in the same suite to divide by. */
  baseline?: string;
  /** Human-readable goal, e.g. "< 1 ms" or "<= 1.5x". */
  target?: string;
  samples?: number;
}

export interface BenchSuite {
  name: string;
  cases: BenchCase[];
}

const SUITES: Record<string, () => BenchSuite | Promise<BenchSuite>> = { domain: domainSuite, cli: cliSuite };

/** The suites named on the command line (`npm run bench:domain -- cli`), or all of them. */
function chosenSuites(names: string[]): Array<() => BenchSuite | Promise<BenchSuite>> {
  const unknown = names.filter((name) => !(name in SUITES));
  if (unknown.length > 0)
    throw new Error(`unknown suite ${unknown.join(", ")}; suites: ${Object.keys(SUITES).join(", ")}`);
  return names.length > 0 ? names.map((name) => SUITES[name] as () => BenchSuite) : Object.values(SUITES);
}

/** Every case runs for at least this long (and this many times) before it is timed, so the JIT settles. */
const WARM_UP_MS = 500;
const WARM_UP_RUNS = 10;

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] as number;
}

interface Stats {
  median: number;
  p95: number;
}

function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

function timeOnce(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/**
 * Samples a group of cases round-robin, each round starting with the next case, so that load on a shared
 * machine, garbage collection and JIT state hit every case in the group alike. A baseline and the cases
 * measured against it form one group: the baseline's row and their ratios come from the same samples.
 */
function measureGroup(cases: readonly BenchCase[]): Stats[] {
  const samples = Math.max(...cases.map((benchCase) => benchCase.samples ?? 200));
  const warmUntil = performance.now() + WARM_UP_MS;
  for (let i = 0; i < WARM_UP_RUNS || performance.now() < warmUntil; i++) {
    for (const benchCase of cases) benchCase.run();
  }
  const times = cases.map((): number[] => []);
  for (let i = 0; i < samples; i++) {
    for (let k = 0; k < cases.length; k++) {
      const index = (i + k) % cases.length;
      (times[index] as number[]).push(timeOnce((cases[index] as BenchCase).run));
    }
  }
  return times.map(stats);
}

/** Each baseline with the cases that name it, then every other case on its own; in suite order. */
function groups(suite: BenchSuite): BenchCase[][] {
  const grouped = new Set<BenchCase>();
  const out: BenchCase[][] = [];
  for (const benchCase of suite.cases) {
    if (grouped.has(benchCase)) continue;
    const baselineName = benchCase.baseline ?? benchCase.name;
    const baseline = suite.cases.find((candidate) => candidate.name === baselineName);
    if (!baseline) throw new Error(`${suite.name}/${benchCase.name}: no baseline case "${baselineName}"`);
    const members = [baseline, ...suite.cases.filter((candidate) => candidate.baseline === baseline.name)];
    for (const member of members) grouped.add(member);
    out.push(members);
  }
  return out;
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

async function main(): Promise<void> {
  const rows: string[][] = [["suite", "case", "median", "p95", "ratio (median / baseline median)", "target"]];
  for (const load of chosenSuites(process.argv.slice(2))) {
    const suite = await load();
    const results = new Map<BenchCase, Stats>();
    for (const group of groups(suite)) {
      measureGroup(group).forEach((result, index) => {
        results.set(group[index] as BenchCase, result);
      });
    }
    for (const benchCase of suite.cases) {
      const own = results.get(benchCase) as Stats;
      const baseline = suite.cases.find((candidate) => candidate.name === benchCase.baseline);
      const base = baseline ? results.get(baseline) : undefined;
      const ratio = base
        ? `${(own.median / base.median).toFixed(2)}x (${ms(own.median)} / ${ms(base.median)})`
        : "";
      rows.push([suite.name, benchCase.name, ms(own.median), ms(own.p95), ratio, benchCase.target ?? ""]);
    }
  }
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  for (const row of rows)
    process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ")}\n`);
  process.stdout.write(
    "A baseline and the cases measured against it are sampled together, interleaved; its row shows those samples.\n",
  );
}

await main();
