// `npm run quorum -- FILE.json` evaluates a planning scenario; `npm run quorum -- dates FILE.json` ranks
// candidate dates. Prints JSON on stdout; exit 2 with a one-line message on unreadable or invalid input.
import { readFileSync } from "node:fs";
import { evaluateScenario, findDatesForScenario, ScenarioError } from "@/lib/domain/quorum";
import { formatInstantUtc } from "@/lib/time";

const USAGE = "usage: npm run quorum -- FILE.json | npm run quorum -- dates FILE.json";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return fail(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? "unreadable"})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail(`${file}: not JSON (${(error as Error).message})`);
  }
}

function run(args: string[]): unknown {
  if (args.length === 1 && args[0] !== "dates") return evaluateScenario(readJson(args[0] as string));
  if (args.length === 2 && args[0] === "dates") {
    return findDatesForScenario(readJson(args[1] as string)).map((candidate) => ({
      ...candidate,
      start: formatInstantUtc(candidate.start),
      tooLate: candidate.tooLate && { ...candidate.tooLate, at: formatInstantUtc(candidate.tooLate.at) },
    }));
  }
  return fail(USAGE);
}

try {
  process.stdout.write(`${JSON.stringify(run(process.argv.slice(2)), null, 2)}\n`);
} catch (error) {
  if (error instanceof ScenarioError) fail(`invalid scenario: ${error.message}`);
  fail(`cannot evaluate scenario: ${(error as Error).message}`);
}
