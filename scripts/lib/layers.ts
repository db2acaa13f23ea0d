import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

export interface LayerResult {
  layer: string;
  passed: number;
  failed: number;
  seconds: number;
  /** The failed tests by name with the first line of their error, for the summary. */
  failures?: string[];
}

const firstLine = (message: string | undefined) =>
  stripVTControlCharacters(message ?? "")
    .trim()
    .split("\n")[0]
    ?.slice(0, 200) ?? "";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: {
    name: string;
    message?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

function vitestFailures(json: VitestReport): string[] {
  return (json.testResults ?? []).flatMap((file) => {
    const failed = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    if (failed.length === 0 && file.message) return [`${file.name}: ${firstLine(file.message)}`];
    return failed.map((t) => `${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): { ok: boolean; seconds: number } {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

const bin = (name: string) => `node_modules/.bin/${name}`;

/** A check that passes or fails as a whole (lint, typecheck, build) counts as one test. */
export function checkLayer(
  layer: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): LayerResult {
  const { ok, seconds } = run(bin(command), args, env);
  return { layer, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds };
}

/** vitest, counted from its JSON report; a crash before the report counts as one failure. */
export function vitestLayer(layer: string, filters: string[], env: NodeJS.ProcessEnv): LayerResult {
  const report = `test-results/vitest-${layer.replace(/\W+/g, "-")}.json`;
  rmSync(report, { force: true });
  const { ok, seconds } = run(
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...filters],
    env,
  );
  if (!existsSync(report)) return { layer, passed: 0, failed: 1, seconds };
  const json = JSON.parse(readFileSync(report, "utf8")) as VitestReport;
  const failed = json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1);
  return { layer, passed: json.numPassedTests, failed, seconds, failures: vitestFailures(json) };
}

interface PlaywrightSuite {
  title: string;
  specs?: { title: string; tests: { status: string; results?: { error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites?: PlaywrightSuite[];
}

function playwrightFailures(suites: PlaywrightSuite[] = [], path = ""): string[] {
  return suites.flatMap((suite) => {
    const here = path ? `${path} › ${suite.title}` : suite.title;
    const own = (suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((t) => t.status !== "expected")
        .map((t) => {
          const error = t.results?.find((r) => r.error)?.error?.message;
          return `${here} › ${spec.title} (${t.status}): ${firstLine(error)}`;
        }),
    );
    return [...own, ...playwrightFailures(suite.suites, here)];
  });
}

/**
 * Playwright, counted from its JSON report; flaky and skipped tests count as failures. The e2e suite
 * by default; the security suite with its own config (security/playwright.config.ts).
 */
export function playwrightLayer(
  env: NodeJS.ProcessEnv,
  suite: { layer: string; report: string; config?: string } = {
    layer: "e2e",
    report: "test-results/e2e.json",
  },
): LayerResult {
  const { layer, report } = suite;
  rmSync(report, { force: true });
  const { ok, seconds } = run(
    bin("playwright"),
    ["test", ...(suite.config ? ["-c", suite.config] : [])],
    env,
  );
  if (!existsSync(report)) return { layer, passed: 0, failed: 1, seconds };
  const json = JSON.parse(readFileSync(report, "utf8")) as PlaywrightReport;
  const { stats } = json;
  const failed = stats.unexpected + stats.flaky + stats.skipped + (ok || stats.unexpected > 0 ? 0 : 1);
  return { layer, passed: stats.expected, failed, seconds, failures: playwrightFailures(json.suites) };
}

export const SECURITY_SUITE = {
  layer: "security (HTTP attacks)",
  report: "test-results/security.json",
  config: "security/playwright.config.ts",
};

export function printSummary(results: LayerResult[], heading: string) {
  console.log(`\n${heading}`);
  for (const r of results) {
    console.log(
      `  ${r.layer.padEnd(28)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed  ${r.seconds.toFixed(1)}s`,
    );
  }
  // Named again here, next to the closing line, so a log cut to its tail still says what failed.
  for (const r of results)
    for (const failure of (r.failures ?? []).slice(0, 20)) console.log(`  FAILED ${r.layer}: ${failure}`);
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  return { passed, failed };
}
