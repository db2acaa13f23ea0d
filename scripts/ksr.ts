// `npm run ksr -- inspect [--anchors FILE] FILE...`: inspects KSR/SKR files and prints one JSON report
// (README, "Command line"). Exit 0: no error findings. 1: error findings. 2: usage, or a file that cannot
// be read or parsed, or an anchors file that cannot be read.
import { readFileSync } from "node:fs";
import { trustedCoverage } from "@/lib/domain/coverage";
import {
  hasErrors,
  type Inspection,
  type InspectionSummary,
  inspectKsr,
  KsrParseError,
  summarizeInspection,
} from "@/lib/domain/ksr";
import type { BundleAssessment, TrustAnchor } from "@/lib/domain/trust";
import { parseTrustAnchors } from "@/lib/domain/trust";
import { formatInstantUtc } from "@/lib/time";

const USAGE = "usage: npm run ksr -- inspect [--anchors FILE] FILE...";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readOrFail(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    return fail(`${file}: cannot read (${code})`);
  }
}

function readAnchors(file: string): TrustAnchor[] {
  const parsed = parseTrustAnchors(readOrFail(file).toString("utf8"));
  if (parsed.ok) return parsed.anchors;
  const [first] = parsed.errors;
  return fail(`${file}: ${first && first.line > 0 ? `line ${first.line}: ` : ""}${first?.message}`);
}

function inspectFile(file: string): Inspection {
  const bytes = readOrFail(file);
  try {
    return inspectKsr(bytes);
  } catch (error) {
    if (error instanceof KsrParseError) return fail(`${file}: ${error.message}`);
    return fail(`${file}: cannot inspect (${(error as Error).message})`);
  }
}

function documentReport(file: string, summary: InspectionSummary, assessments: BundleAssessment[] | null) {
  return {
    file,
    ...summary,
    firstInception: formatInstantUtc(summary.firstInception),
    lastExpiration: formatInstantUtc(summary.lastExpiration),
    bundles: summary.bundles.map(({ verifiedSigners: _, ...bundle }, i) => ({
      ...bundle,
      inception: formatInstantUtc(bundle.inception),
      expiration: formatInstantUtc(bundle.expiration),
      // SKRs only: whether the bundle counts toward coverage, and why not.
      ...(assessments
        ? { counted: assessments[i]?.counted ?? false, reason: assessments[i]?.reason ?? null }
        : {}),
    })),
  };
}

function parseArgs(args: string[]) {
  const [command, ...rest] = args;
  let anchorsFile: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "--anchors") {
      anchorsFile = rest[++i] ?? fail(USAGE);
    } else files.push(rest[i] as string);
  }
  if (command !== "inspect" || files.length === 0) fail(USAGE);
  return { anchorsFile, files };
}

function main(args: string[]): void {
  const { anchorsFile, files } = parseArgs(args);
  const anchors = anchorsFile === null ? null : readAnchors(anchorsFile);
  const inspections = files.map((file) => {
    const inspection = inspectFile(file);
    return { file, inspection, summary: summarizeInspection(inspection) };
  });
  const skrs = inspections.filter(({ summary }) => summary.type === "SKR").map(({ summary }) => summary);
  const { coverage, assessments, leftOut } = trustedCoverage(skrs, anchors);
  const report = {
    documents: inspections.map(({ file, summary }) =>
      documentReport(
        file,
        summary,
        summary.type === "SKR" ? (assessments[skrs.indexOf(summary)] ?? []) : null,
      ),
    ),
    trustAnchors:
      anchorsFile === null
        ? {
            checked: false,
            note: "no trust anchor was checked: every bundle whose signature verifies counts",
          }
        : { checked: true, file: anchorsFile, count: anchors?.length ?? 0 },
    notCounted: leftOut,
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
