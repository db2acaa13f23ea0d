// Whole-process time of the shipped commands against a bare `node -e 0` on the same machine, interleaved:
// what an operator waits for when they run `npm run ksr -- inspect` on one SKR, or `npm run quorum`.
// The TypeScript run through tsx (how the commands ran before they were built) is measured beside them.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli, builtCli } from "../scripts/build-cli";
import { NODE_TSX } from "../scripts/lib/node-tsx";
import type { BenchSuite } from "./run";

const root = fileURLToPath(new URL("..", import.meta.url));
const SKR = join(root, "fixtures/iana/skr-root-2018-q1-0-d_to_e.xml");
const SCENARIO = join(root, "fixtures/quorum/one-administrator.json");

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
        run: nodeRun([builtCli("quorum"), SCENARIO]),
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
