import type { Instant } from "@/lib/time";
import { segmentsOf, sortBundles } from "./segments";
import { DEFAULT_STRIDE_MS, medianStride } from "./stride";
import type { BundleWindow, Gap, Segment } from "./types";

export interface Coverage {
  /** Earliest inception of all bundles. */
  coverageStart: Instant;
  /** Last expiration before the first gap: when the DNSKEY set loses its last valid KSK signature. */
  coverageEnd: Instant;
  /** Inception of the last bundle before the first gap plus one stride: when the next SKR must start. */
  nextNeededBy: Instant;
  strideMs: number;
  gaps: Gap[];
  segments: Segment[];
}

/**
 * Coverage of a set of SKR bundles, in any order. Anchored at the earliest bundle: coverageEnd and
 * nextNeededBy belong to the first continuous run. Null when there are no bundles.
 */
export function computeCoverage(
  bundles: readonly BundleWindow[],
  fallbackStrideMs = DEFAULT_STRIDE_MS,
): Coverage | null {
  const sorted = sortBundles(bundles);
  const { segments, gaps } = segmentsOf(sorted);
  const first = segments[0];
  if (!first) return null;
  const strideMs = medianStride(sorted, segments, fallbackStrideMs);
  return {
    coverageStart: first.start,
    coverageEnd: first.end,
    nextNeededBy: first.lastInception + strideMs,
    strideMs,
    gaps,
    segments,
  };
}

export const COVERAGE_STATES = ["not_yet_started", "covered", "in_gap", "expired"] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];

export interface CoverageAt {
  state: CoverageState;
  /** End of the run containing `now`; null when nothing is signed at `now`. */
  coveredUntil: Instant | null;
  /** Next SKR deadline for the run containing `now` (null when not covered). */
  nextNeededBy: Instant | null;
  /** When coverage resumes after `now`, if a later run exists (not_yet_started / in_gap). */
  resumesAt: Instant | null;
}

/**
 * Coverage as seen at `now`. If the earliest bundle starts after now, nothing is signed yet
 * (`not_yet_started`, with `resumesAt`); past the last expiration it is `expired`. Only a run that
 * contains now gives a `coveredUntil`, so adding SKRs can only keep or extend it.
 */
export function coverageAt(coverage: Coverage | null, now: Instant): CoverageAt {
  const segments = coverage?.segments ?? [];
  const containing = segments.find((segment) => segment.start <= now && now < segment.end);
  if (containing && coverage) {
    return {
      state: "covered",
      coveredUntil: containing.end,
      nextNeededBy: containing.lastInception + coverage.strideMs,
      resumesAt: null,
    };
  }
  const later = segments.find((segment) => segment.start > now);
  const state: CoverageState = !later ? "expired" : later === segments[0] ? "not_yet_started" : "in_gap";
  return { state, coveredUntil: null, nextNeededBy: null, resumesAt: later?.start ?? null };
}

/**
 * The deadlines that matter at `now`: those of the run containing now if covered, of the first run if
 * none has started, else of the run that ended last (both then in the past). Null with no coverage.
 * In a gap or past the end nothing is signed now: the fixed instant when the last run before now stopped
 * (not `now`) lets a page say when coverage ended and an overdue alert be sent once per deadline.
 */
export function deadlinesAt(
  coverage: Coverage | null,
  at: CoverageAt,
  now: Instant,
): { nextNeededBy: Instant | null; coverageEnd: Instant | null } {
  if (!coverage) return { nextNeededBy: null, coverageEnd: null };
  if (at.state === "covered") return { nextNeededBy: at.nextNeededBy, coverageEnd: at.coveredUntil };
  if (at.state === "not_yet_started") {
    return { nextNeededBy: coverage.nextNeededBy, coverageEnd: coverage.coverageEnd };
  }
  const ended = coverage.segments.findLast((segment) => segment.end <= now);
  if (!ended) return { nextNeededBy: now, coverageEnd: now };
  return {
    nextNeededBy: Math.min(ended.end, ended.lastInception + coverage.strideMs),
    coverageEnd: ended.end,
  };
}

/** The bundle in force at `at`: among those valid then, the most recently started one. */
export function bundleInForce<B extends BundleWindow>(bundles: readonly B[], at: Instant): B | null {
  let best: B | null = null;
  for (const bundle of bundles) {
    if (bundle.inception <= at && at < bundle.expiration && (!best || bundle.inception > best.inception))
      best = bundle;
  }
  return best;
}
