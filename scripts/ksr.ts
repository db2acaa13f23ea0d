// `npm run ksr -- inspect FILE...`: inspects KSR/SKR files and prints one JSON report (README, "Command line").
// Exit 0: no error findings. 1: error findings. 2: usage, or a file that cannot be read or parsed.
import { readFileSync } from "node:fs";
import { computeCoverage } from "@/lib/domain/coverage";
import { hasErrors, type Inspection, inspectKsr, KsrParseError, summarizeInspection } from "@/lib/domain/ksr";
import { formatInstantUtc } from "@/lib/time";

const USAGE = "usage: npm run ksr -- inspect FILE...";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function inspectFile(file: string): Inspection {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    return fail(`${file}: cannot read (${code})`);
  }
  try {
    return inspectKsr(bytes);
  } catch (error) {
    if (error instanceof KsrParseError) return fail(`${file}: ${error.message}`);
    return fail(`${file}: cannot inspect (${(error as Error).message})`);
  }
}

function documentReport(file: string, inspection: Inspection) {
  const summary = summarizeInspection(inspection);
  return {
    file,
    ...summary,
    firstInception: formatInstantUtc(summary.firstInception),
    lastExpiration: formatInstantUtc(summary.lastExpiration),
    bundles: summary.bundles.map((bundle) => ({
      ...bundle,
      inception: formatInstantUtc(bundle.inception),
      expiration: formatInstantUtc(bundle.expiration),
    })),
  };
}

function main(args: string[]): void {
  const [command, ...files] = args;
  if (command !== "inspect" || files.length === 0) fail(USAGE);
  const inspections = files.map((file) => ({ file, inspection: inspectFile(file) }));
  const skrBundles = inspections
    .filter(({ inspection }) => inspection.document.type === "SKR")
    .flatMap(({ inspection }) => inspection.document.bundles);
  const coverage = computeCoverage(skrBundles);
  const report = {
    documents: inspections.map(({ file, inspection }) => documentReport(file, inspection)),
    coverage: coverage && {
      coverageEnd: formatInstantUtc(coverage.coverageEnd),
      nextNeededBy: formatInstantUtc(coverage.nextNeededBy),
      gaps: coverage.gaps.map((gap) => ({ from: formatInstantUtc(gap.from), to: formatInstantUtc(gap.to) })),
    },
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = inspections.some(({ inspection }) => hasErrors(inspection.findings)) ? 1 : 0;
}

main(process.argv.slice(2));
