import type { Instant } from "@/lib/time";

/** One signed slot: an SKR bundle reduced to what coverage needs. */
export interface BundleWindow {
  id: string;
  inception: Instant;
  expiration: Instant;
}

export interface Gap {
  from: Instant;
  to: Instant;
}

/** A maximal run of bundles in which each starts no later than the latest expiration before it. */
export interface Segment {
  start: Instant;
  end: Instant;
  /** Inception of the last bundle in the run (the one the next SKR must follow). */
  lastInception: Instant;
}
