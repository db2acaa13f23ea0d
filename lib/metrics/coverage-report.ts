import "server-only";
import type { CoverageState as CoverageAtNow, DeadlineRiskKind } from "@/lib/domain/coverage";
import type { Verdict } from "@/lib/domain/quorum/vocabulary";
import type { CoverageState, SkrOnFile } from "@/lib/queries/coverage/coverage-state";
import { formatInstantUtc, type Instant } from "@/lib/time";

/** A ceremony's verdict for machines: "none" until the quorum has been evaluated. */
export type ReportedVerdict = Verdict | "none";
export const REPORTED_VERDICTS = [
  "met",
  "at_risk",
  "not_met",
  "none",
] as const satisfies readonly ReportedVerdict[];

/** The part of the coverage loader's answer that the report and the metrics read. */
export type CoverageFacts = Pick<
  CoverageState,
  | "now"
  | "at"
  | "coverage"
  | "coverageEnd"
  | "nextNeededBy"
  | "inForce"
  | "skrs"
  | "leftOut"
  | "ceremonies"
  | "deadline"
>;

/** What GET /api/coverage returns; every instant is ISO 8601 UTC ("2018-01-01T00:00:00Z"). */
export interface CoverageReport {
  now: string;
  state: CoverageAtNow;
  coverageEnd: string | null;
  nextNeededBy: string | null;
  secondsLeft: number;
  daysLeft: number;
  inForce: {
    skrId: string;
    documentId: string | null;
    serial: number | null;
    bundleId: string;
    inception: string;
    expiration: string;
  } | null;
  gaps: { from: string; to: string }[];
  skrs: {
    id: string;
    documentId: string | null;
    serial: number | null;
    firstInception: string | null;
    lastExpiration: string | null;
    bundleCount: number;
    /** Bundles that count toward coverage: verified, signed by a trust anchor. */
    countedBundleCount: number;
  }[];
  /** Bundles on file left out of coverage, by reason. */
  notCounted: { reason: string; bundles: number }[];
  ceremonies: { label: string; startsAt: string; facility: string; verdict: ReportedVerdict }[];
  risks: { kind: DeadlineRiskKind; ceremony: string | null }[];
}

/**
 * Whole seconds of valid signatures left from now: counted only while something is signed now, so it
 * is 0 before the first bundle starts, in a gap, once expired and when no SKR is on file.
 */
export function secondsOfCoverageLeft(state: CoverageFacts): number {
  if (state.at.state !== "covered" || state.coverageEnd === null) return 0;
  return Math.max(0, Math.floor((state.coverageEnd - state.now) / 1000));
}

const iso = (instant: Instant | null) => (instant === null ? null : formatInstantUtc(instant));

function skrSpan(skr: SkrOnFile) {
  const inceptions = skr.bundles.map((b) => b.inception);
  const expirations = skr.bundles.map((b) => b.expiration);
  return {
    id: skr.id,
    documentId: skr.documentId,
    serial: skr.serial,
    firstInception: inceptions.length ? formatInstantUtc(Math.min(...inceptions)) : null,
    lastExpiration: expirations.length ? formatInstantUtc(Math.max(...expirations)) : null,
    bundleCount: skr.bundles.length,
    countedBundleCount: skr.assessments.filter((a) => a.counted).length,
  };
}

export function coverageReport(state: CoverageFacts): CoverageReport {
  const secondsLeft = secondsOfCoverageLeft(state);
  const inForce = state.inForce;
  return {
    now: formatInstantUtc(state.now),
    state: state.at.state,
    coverageEnd: iso(state.coverageEnd),
    nextNeededBy: iso(state.nextNeededBy),
    secondsLeft,
    daysLeft: Math.floor(secondsLeft / 86_400),
    inForce: inForce
      ? {
          skrId: inForce.skr.id,
          documentId: inForce.skr.documentId,
          serial: inForce.skr.serial,
          bundleId: inForce.bundle.id,
          inception: formatInstantUtc(inForce.bundle.inception),
          expiration: formatInstantUtc(inForce.bundle.expiration),
        }
      : null,
    gaps: (state.coverage?.gaps ?? []).map((gap) => ({
      from: formatInstantUtc(gap.from),
      to: formatInstantUtc(gap.to),
    })),
    skrs: state.skrs.map(skrSpan),
    notCounted: state.leftOut,
    ceremonies: state.ceremonies.map((c) => ({
      label: c.label,
      startsAt: formatInstantUtc(c.startsAt),
      facility: c.facilityCode,
      verdict: c.verdict ?? "none",
    })),
    risks: state.deadline.risks.map((risk) => ({ kind: risk.kind, ceremony: risk.ceremony?.label ?? null })),
  };
}
