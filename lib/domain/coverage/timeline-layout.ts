import type { Verdict } from "@/lib/domain/quorum/vocabulary";
import type { Instant } from "@/lib/time";
import { monthTicks, type Tick, type TimeSpan, timelineSpan, timeScale } from "./timeline-scale";
import type { BundleWindow, Gap } from "./types";

export const MARKER_KINDS = ["today", "latest_useful_start", "next_needed_by", "coverage_end"] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

export interface TimelineInput {
  skrs: readonly { id: string; bundles: readonly BundleWindow[] }[];
  gaps: readonly Gap[];
  markers: readonly { kind: MarkerKind; at: Instant }[];
  ceremonies: readonly { id: string; startsAt: Instant; verdict: Verdict | null }[];
}

/** Geometry in viewBox units; the component only draws it. */
export const GEOMETRY = {
  width: 800,
  labelWidth: 96,
  right: 12,
  headerRow: 15,
  barHeight: 9,
  barGap: 3,
  lanePad: 6,
  ceremonyLane: 44,
  gapRow: 16,
  axis: 22,
} as const;

export interface Bar extends BundleWindow {
  x: number;
  width: number;
  y: number;
}

export interface Lane {
  id: string;
  y: number;
  height: number;
  bars: Bar[];
}

export interface TimelineLayout {
  span: TimeSpan;
  height: number;
  plot: { x0: number; x1: number; top: number; bottom: number };
  lanes: Lane[];
  gaps: (Gap & { x: number; width: number; labelY: number })[];
  markers: { kind: MarkerKind; at: Instant; x: number; labelY: number; anchor: "start" | "end" }[];
  ceremonies: { id: string; x: number; y: number; labelY: number; verdict: Verdict | null }[];
  ceremonyLaneY: number | null;
  ticks: (Tick & { x: number })[];
  axisY: number;
}

/**
 * Lays out the coverage timeline: one lane per SKR, its bundles packed into as few rows as keep
 * overlapping bundles apart (the root's 21-day bundles every 10 days need three), gaps across all lanes,
 * labelled vertical markers and a lane of ceremonies. Pure, so the scale and lanes are unit-tested.
 */
export function layoutTimeline(input: TimelineInput): TimelineLayout {
  const g = GEOMETRY;
  const instants = [
    ...input.skrs.flatMap((skr) => skr.bundles.flatMap((b) => [b.inception, b.expiration])),
    ...input.markers.map((m) => m.at),
    ...input.ceremonies.map((c) => c.startsAt),
  ];
  const span = timelineSpan(instants);
  const x0 = g.labelWidth;
  const x1 = g.width - g.right;
  const x = timeScale(span, x0, x1);
  const top = input.markers.length * g.headerRow + 4;
  let y = top;
  const lanes = input.skrs.map((skr) => {
    const rows = packRows(skr.bundles);
    const height = 2 * g.lanePad + Math.max(1, rows.count) * (g.barHeight + g.barGap) - g.barGap;
    const bars = skr.bundles.map((b) => ({
      ...b,
      x: x(b.inception),
      width: Math.max(1, x(b.expiration) - x(b.inception)),
      y: y + g.lanePad + (rows.of.get(b) ?? 0) * (g.barHeight + g.barGap),
    }));
    const lane = { id: skr.id, y, height, bars };
    y += height;
    return lane;
  });
  const ceremonyLaneY = input.ceremonies.length > 0 ? y : null;
  const ceremonies = [...input.ceremonies]
    .sort((a, b) => a.startsAt - b.startsAt)
    // Alternate label rows so neighbouring ceremonies' labels do not print over each other.
    .map((c, i) => ({
      id: c.id,
      x: x(c.startsAt),
      y: y + 12,
      labelY: y + 30 + (i % 2) * 10,
      verdict: c.verdict,
    }));
  if (ceremonyLaneY !== null) y += g.ceremonyLane;
  const bottom = y;
  const gaps = input.gaps.map((gap) => ({
    ...gap,
    x: x(gap.from),
    width: Math.max(1, x(gap.to) - x(gap.from)),
    labelY: bottom + 12,
  }));
  if (gaps.length > 0) y += g.gapRow;
  const markers = input.markers.map((m, i) => {
    const at = x(m.at);
    // Labels sit in their own header row and turn left near the right edge so they stay in the frame.
    return {
      ...m,
      x: at,
      labelY: (i + 1) * g.headerRow - 3,
      anchor: at > x1 - 160 ? ("end" as const) : ("start" as const),
    };
  });
  const ticks = monthTicks(span).map((tick) => ({ ...tick, x: x(tick.at) }));
  return {
    span,
    height: y + g.axis,
    plot: { x0, x1, top, bottom },
    lanes,
    gaps,
    markers,
    ceremonies,
    ceremonyLaneY,
    ticks,
    axisY: y,
  };
}

/** Greedy interval packing by inception: each bundle takes the first row whose last bar has ended. */
export function packRows<B extends BundleWindow>(
  bundles: readonly B[],
): { count: number; of: Map<B, number> } {
  const ends: Instant[] = [];
  const of = new Map<B, number>();
  for (const bundle of [...bundles].sort(
    (a, b) => a.inception - b.inception || a.expiration - b.expiration,
  )) {
    let row = ends.findIndex((end) => end <= bundle.inception);
    if (row === -1) row = ends.length;
    ends[row] = bundle.expiration;
    of.set(bundle, row);
  }
  return { count: ends.length, of };
}
