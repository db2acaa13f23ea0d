import { MS_PER_DAY } from "@/lib/time";
import type { BundleWindow, Segment } from "./types";

export const DEFAULT_STRIDE_MS = 10 * MS_PER_DAY;

/**
 * The slot stride: the median of the differences between consecutive distinct inceptions, counting only
 * pairs inside one continuous segment (a gap is not a stride). The median shrugs off the odd 9- or 11-day
 * slot that keeps bundles aligned to the quarter; with an even count the lower middle is taken, so the
 * deadline derived from it errs early. With fewer than two bundles, `fallback` (10 days, the root's slot).
 */
export function medianStride(
  sorted: readonly BundleWindow[],
  segments: readonly Segment[],
  fallback = DEFAULT_STRIDE_MS,
): number {
  const differences: number[] = [];
  let segmentIndex = 0;
  let previous: BundleWindow | null = null;
  for (const bundle of sorted) {
    while (segmentIndex < segments.length - 1 && bundle.inception > (segments[segmentIndex] as Segment).end)
      segmentIndex++;
    const segment = segments[segmentIndex] as Segment;
    if (previous && previous.inception >= segment.start && bundle.inception > previous.inception) {
      differences.push(bundle.inception - previous.inception);
    }
    previous = bundle;
  }
  if (differences.length === 0) return fallback;
  differences.sort((a, b) => a - b);
  return differences[Math.floor((differences.length - 1) / 2)] as number;
}
