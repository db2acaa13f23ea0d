import type { BundleWindow, Gap, Segment } from "./types";

/** Bundles sorted by inception, then expiration, then id: the same order whatever order the SKRs came in. */
export function sortBundles(bundles: readonly BundleWindow[]): BundleWindow[] {
  return [...bundles].sort(
    (a, b) =>
      a.inception - b.inception || a.expiration - b.expiration || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Walks bundles by inception, extending the run while the next bundle starts at or before the running
 * maximum expiration (touching counts as continuous: a signature valid until T and one valid from T leave
 * no unsigned instant). Every other start opens a new run after a gap.
 */
export function segmentsOf(sorted: readonly BundleWindow[]): { segments: Segment[]; gaps: Gap[] } {
  const segments: Segment[] = [];
  const gaps: Gap[] = [];
  let current: Segment | null = null;
  for (const bundle of sorted) {
    if (current && bundle.inception <= current.end) {
      current.end = Math.max(current.end, bundle.expiration);
      current.lastInception = Math.max(current.lastInception, bundle.inception);
      continue;
    }
    if (current) gaps.push({ from: current.end, to: bundle.inception });
    current = { start: bundle.inception, end: bundle.expiration, lastInception: bundle.inception };
    segments.push(current);
  }
  return { segments, gaps };
}
