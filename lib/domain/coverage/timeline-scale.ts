import { civilDateInZone, civilToDayNumber, type Instant, MS_PER_DAY } from "@/lib/time";

export interface TimeSpan {
  from: Instant;
  to: Instant;
}

/**
 * The span a timeline shows: every given instant plus a margin on each side (a share of the span, at
 * least `minPadDays`), so bars and markers at the ends are not drawn on the frame.
 */
export function timelineSpan(instants: readonly Instant[], padShare = 0.03, minPadDays = 3): TimeSpan {
  const first = Math.min(...instants);
  const last = Math.max(...instants);
  const pad = Math.max((last - first) * padShare, minPadDays * MS_PER_DAY);
  return { from: first - pad, to: last + pad };
}

/** Maps instants of `span` linearly onto [x0, x1]; outside the span they land beyond the ends. */
export function timeScale(span: TimeSpan, x0: number, x1: number): (at: Instant) => number {
  const perMs = (x1 - x0) / (span.to - span.from);
  return (at) => x0 + (at - span.from) * perMs;
}

export interface Tick {
  at: Instant;
  /** Whether the label needs the month ("Jan 2018") or the year alone ("2018") suffices. */
  unit: "month" | "year";
}

// Month steps a tick may take, finest first; the first giving at most `maxTicks` wins.
const STEPS = [1, 2, 3, 6, 12, 24, 60, 120] as const;

/** Ticks on the first of a month (UTC), at a round step, at most `maxTicks` of them inside the span. */
export function monthTicks(span: TimeSpan, maxTicks = 8): Tick[] {
  const first = monthIndex(span.from) + 1;
  const last = monthIndex(span.to);
  const step = STEPS.find((s) => Math.floor(last / s) - Math.ceil(first / s) + 1 <= maxTicks) ?? 120;
  const ticks: Tick[] = [];
  for (let m = Math.ceil(first / step) * step; m <= last; m += step) {
    ticks.push({ at: monthStart(m), unit: step >= 12 ? "year" : "month" });
  }
  return ticks;
}

function monthIndex(at: Instant): number {
  const [year, month] = civilDateInZone(at, "UTC").split("-").map(Number) as [number, number];
  return year * 12 + (month - 1);
}

function monthStart(index: number): Instant {
  const year = Math.floor(index / 12);
  const month = String((index % 12) + 1).padStart(2, "0");
  return civilToDayNumber(`${String(year).padStart(4, "0")}-${month}-01`) * MS_PER_DAY;
}
