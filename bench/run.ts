// `npm run bench`: runs every registered suite and prints one table. A suite is a list of cases; a case
// may name a baseline case (its ratio is printed) and a target (printed, never asserted). Add a suite by
// exporting one from its own file and listing it in SUITES.
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

const SUITES: Array<() => BenchSuite | Promise<BenchSuite>> = [domainSuite];

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
 * Samples a case; with a baseline, the two are sampled alternately so that load on a shared machine
 * hits both alike and the ratio compares like with like.
 */
function measure(benchCase: BenchCase, baseline?: BenchCase): { own: Stats; base?: Stats } {
  const samples = benchCase.samples ?? 200;
  const own: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < Math.min(50, samples); i++) {
    benchCase.run();
    baseline?.run();
  }
  for (let i = 0; i < samples; i++) {
    own.push(timeOnce(benchCase.run));
    if (baseline) base.push(timeOnce(baseline.run));
  }
  return { own: stats(own), ...(baseline ? { base: stats(base) } : {}) };
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

async function main(): Promise<void> {
  const rows: string[][] = [["suite", "case", "median", "p95", "ratio", "target"]];
  for (const load of SUITES) {
    const suite = await load();
    for (const benchCase of suite.cases) {
      const baseline = suite.cases.find((candidate) => candidate.name === benchCase.baseline);
      const { own, base } = measure(benchCase, baseline);
      const ratio = base ? `${(own.median / base.median).toFixed(2)}x baseline (${ms(base.median)})` : "";
      rows.push([suite.name, benchCase.name, ms(own.median), ms(own.p95), ratio, benchCase.target ?? ""]);
    }
  }
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  for (const row of rows)
    process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ")}\n`);
}

await main();
