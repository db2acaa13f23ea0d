// Whole-process time of the shipped commands against a bare `node -e 0` on the same machine, interleaved:
// what an operator waits for when they run `npm run ksr -- inspect` on one SKR, or `npm run quorum`.
// The TypeScript run through tsx (how the commands ran before they were built) is measured beside them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli, builtCli } from "../scripts/build-cli";
import { NODE_TSX } from "../scripts/lib/node-tsx";
import type { BenchSuite } from "./run";

const root = fileURLToPath(new URL("..", import.meta.url));
const SKR = join(root, "fixtures/iana/skr-root-2018-q1-0-d_to_e.xml");

/** A quorum scenario of one ceremony and one confirmed person, as the README's example. */
function scenarioFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), "bench-cli-")), "scenario.json");
  const scenario = {
    ceremony: {
      facility: { code: "KMF-WEST", country: "US", timeZone: "America/Los_Angeles" },
      start: "2020-04-23T10:00:00-07:00",
      durationMinutes: 240,
    },
    requirements: [{ role: "ceremony_administrator", min: 1 }],
    people: [{ id: "ca", roles: ["ceremony_administrator"], homeCountry: "US", response: "attending" }],
  };
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

/** Runs node with `args` to completion; a run that fails would time the wrong thing, so it throws. */
function nodeRun(args: readonly string[]): () => void {
  return () => {
    const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    if (result.status !== 0)
      throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  };
}

export async function cliSuite(): Promise<BenchSuite> {
  await buildCli();
  const scenario = scenarioFile();
  const samples = 30;
  return {
    name: "cli",
    cases: [
      { name: "node -e 0", run: nodeRun(["-e", "0"]), samples },
      {
        name: "ksr inspect one SKR (built)",
        run: nodeRun([builtCli("ksr"), "inspect", SKR]),
        baseline: "node -e 0",
        target: "<= 3x",
        samples,
      },
      {
        name: "quorum one scenario (built)",
        run: nodeRun([builtCli("quorum"), scenario]),
        baseline: "node -e 0",
        target: "<= 3x",
        samples,
      },
      {
        name: "ksr inspect one SKR (TypeScript via tsx)",
        run: nodeRun([...NODE_TSX, join(root, "scripts/ksr.ts"), "inspect", SKR]),
        baseline: "node -e 0",
        samples,
      },
    ],
  };
}
