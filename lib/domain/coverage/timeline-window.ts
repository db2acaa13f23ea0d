import { type Instant, MS_PER_DAY } from "@/lib/time";
import type { TimeSpan } from "./timeline-scale";

// Room on each side so the last ceremony and the deadline are not drawn on the frame.
const WINDOW_MARGIN_DAYS = 14;

/**
 * The stretch of time the timeline opens on: from the last key signing held to the next SKR deadline,
 * always including now, with a margin on each side. Without a past ceremony it starts at now (or at a
 * deadline already missed); without a deadline, or with it past, it ends just after now.
 */
export function defaultTimelineWindow({
  now,
  lastSigningAt,
  nextNeededBy,
}: {
  now: Instant;
  lastSigningAt: Instant | null;
  nextNeededBy: Instant | null;
}): TimeSpan {
  const margin = WINDOW_MARGIN_DAYS * MS_PER_DAY;
  const from = Math.min(now, lastSigningAt ?? now, nextNeededBy ?? now);
  const to = Math.max(now, nextNeededBy ?? now);
  return { from: from - margin, to: to + margin };
}

/** Whether [from, to] (a single instant when `to` is left out) touches the window. */
export function inWindow(window: TimeSpan, from: Instant, to: Instant = from): boolean {
  return to >= window.from && from <= window.to;
}
