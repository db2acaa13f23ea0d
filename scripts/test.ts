// `npm test`: every layer, in the order a failure is cheapest to find. Prints one closing line
// "N passed, N failed" over all layers (vitest and Playwright print none of their own).
//   npm test                 lint, typecheck, unit + service tests, production build, e2e, security suite
//   npm test -- --db-only    only the database-touching tests (*.db.test.ts), e.g. with DATABASE_URL set
import { mkdirSync, writeFileSync } from "node:fs";
import { ensureChromium } from "./lib/chromium";
import { prepareLocalEnv } from "./lib/env";
import {
  checkLayer,
  type LayerResult,
  playwrightLayer,
  printSummary,
  SECURITY_SUITE,
  vitestLayer,
} from "./lib/layers";

const dbOnly = process.argv.includes("--db-only");
const env: NodeJS.ProcessEnv = { ...prepareLocalEnv(), CI: process.env.CI ?? "" };
const driver = env.DATABASE_URL ? "postgres" : "pglite";
mkdirSync("test-results", { recursive: true });

const missingBrowser = dbOnly ? null : ensureChromium(env);
if (missingBrowser) {
  console.error(missingBrowser);
  process.exit(1);
}

const results: LayerResult[] = [];
if (dbOnly) {
  results.push(vitestLayer(`database tests (${driver})`, ["db.test"], env));
} else {
  results.push(checkLayer("lint (biome)", "biome", ["ci", "."], env));
  results.push(checkLayer("typecheck (tsc)", "tsc", ["--noEmit"], env));
  results.push(vitestLayer(`unit + service (${driver})`, [], env));
  const build = checkLayer("production build", "next", ["build"], env);
  results.push(build);
  if (build.failed === 0) results.push(playwrightLayer(env), playwrightLayer(env, SECURITY_SUITE));
  else
    results.push(
      { layer: "e2e", passed: 0, failed: 1, seconds: 0 },
      { ...SECURITY_SUITE, passed: 0, failed: 1, seconds: 0 },
    );
}

const totals = printSummary(results, dbOnly ? `Database tests on ${driver}:` : "Test layers:");
writeFileSync(
  `test-results/summary-${dbOnly ? `db-${driver}` : "all"}.json`,
  JSON.stringify({ results, ...totals }),
);
process.exit(totals.failed === 0 ? 0 : 1);
