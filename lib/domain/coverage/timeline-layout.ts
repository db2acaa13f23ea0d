import { estimateTextWidth, type LabelRequest, placeLabels } from "@/lib/domain/label-rows";
import type { Verdict } from "@/lib/domain/quorum/vocabulary";
import type { Instant } from "@/lib/time";
import { monthTicks, type Tick, type TimeSpan, timelineSpan, timeScale } from "./timeline-scale";
import { inWindow } from "./timeline-window";
import type { BundleWindow, Gap } from "./types";

export const MARKER_KINDS = [
  "today",
  "last_signing",
  "latest_useful_start",
  "next_needed_by",
  "coverage_end",
] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

export interface TimelineInput {
  skrs: readonly { id: string; bundles: readonly BundleWindow[] }[];
  gaps: readonly (Gap & { label: string })[];
  markers: readonly { kind: MarkerKind; at: Instant; label: string }[];
  ceremonies: readonly { id: string; startsAt: Instant; verdict: Verdict | null; label: string }[];
  /** The stretch of time to draw; null draws everything on file. */
  window: TimeSpan | null;
}

/** Geometry in viewBox units; the component only draws it. */
export const GEOMETRY = {
  labelWidth: 92,
  right: 12,
  headerRow: 15,
  barHeight: 9,
  barGap: 3,
  lanePad: 6,
  ceremonyMark: 12,
  ceremonyRow: 11,
  ceremonyLabelRows: 3,
  gapRow: 16,
  axis: 22,
  readoutRow: 16,
  markerFont: 11,
  ceremonyFont: 10,
  gapFont: 11,
} as const;

/** The two drawings: a wide one for screens, a narrow one a phone shows at a readable size. */
export const FRAMES = {
  wide: { width: 800, maxTicks: 8 },
  narrow: { width: 400, maxTicks: 4 },
} as const;
export type Frame = (typeof FRAMES)[keyof typeof FRAMES];

/** A label's place, or null where it was thinned to keep labels apart (the table still lists the item). */
export type Placed = { text: string; left: number; y: number } | null;

export interface Bar extends BundleWindow {
  /** Position of the bundle in its SKR, from 0. */
  index: number;
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
  width: number;
  height: number;
  plot: { x0: number; x1: number; top: number; bottom: number };
  lanes: Lane[];
  gaps: (Gap & { x: number; width: number; label: Placed })[];
  markers: { kind: MarkerKind; at: Instant; x: number; label: Placed }[];
  ceremonies: { id: string; x: number; y: number; verdict: Verdict | null; label: Placed }[];
  ceremonyLaneY: number | null;
  ticks: (Tick & { x: number })[];
  axisY: number;
  /** Baseline of the row where a focused or hovered bundle shows its dates. */
  readoutY: number;
}

/**
 * Lays out the coverage timeline in the window: one lane per SKR with a bundle there, its bundles packed
 * into as few rows as keep overlapping bundles apart (the root's 21-day bundles every 10 days need three),
 * gaps across all lanes, labelled vertical markers and a lane of ceremonies. Labels go in rows where they
 * cannot overlap; those that find no room are thinned. Pure, so the scale and lanes are unit-tested.
 */
export function layoutTimeline(input: TimelineInput, frame: Frame = FRAMES.wide): TimelineLayout {
  const g = GEOMETRY;
  const span = input.window ?? timelineSpan(everyInstant(input));
  const seen = (from: Instant, to: Instant = from) => input.window === null || inWindow(span, from, to);
  const x0 = g.labelWidth;
  const x1 = frame.width - g.right;
  const x = timeScale(span, x0, x1);
  const clip = (from: Instant, to: Instant) => {
    const left = Math.max(x0, x(from));
    return { x: left, width: Math.max(1, Math.min(x1, x(to)) - left) };
  };
  const rows = (labels: LabelRequest[], maxRows: number) => placeLabels(labels, { x0, x1, maxRows }).placed;

  const markers = input.markers.filter((m) => seen(m.at));
  const markerRows = rows(
    markers.map((m) => {
      const width = estimateTextWidth(m.label, g.markerFont);
      // Labels read rightwards from their line, leftwards near the right edge, so they stay in the frame.
      return { id: m.kind, x: x(m.at), width, anchor: x(m.at) + width > x1 ? "end" : "start" };
    }),
    markers.length,
  );
  const headerRows = Math.max(0, ...markerRows.map((p) => p.row + 1));
  const top = headerRows * g.headerRow + 4;

  let y = top;
  const lanes: Lane[] = [];
  for (const skr of input.skrs) {
    const bundles = skr.bundles.filter((b) => seen(b.inception, b.expiration));
    if (bundles.length === 0) continue;
    const packed = packRows(bundles);
    const height = 2 * g.lanePad + Math.max(1, packed.count) * (g.barHeight + g.barGap) - g.barGap;
    const bars = bundles.map((b) => ({
      ...b,
      index: skr.bundles.indexOf(b),
      ...clip(b.inception, b.expiration),
      y: y + g.lanePad + (packed.of.get(b) ?? 0) * (g.barHeight + g.barGap),
    }));
    lanes.push({ id: skr.id, y, height, bars });
    y += height;
  }

  const shown = input.ceremonies.filter((c) => seen(c.startsAt)).sort((a, b) => a.startsAt - b.startsAt);
  const ceremonyLaneY = shown.length > 0 ? y : null;
  const ceremonyRows = rows(
    shown.map((c) => ({
      id: c.id,
      x: x(c.startsAt),
      width: estimateTextWidth(c.label, g.ceremonyFont),
      anchor: "middle",
    })),
    g.ceremonyLabelRows,
  );
  const ceremonyLabelTop = y + g.ceremonyMark + 2 * g.ceremonyRow - 4;
  const ceremonies = shown.map((c) => ({
    id: c.id,
    x: x(c.startsAt),
    y: y + g.ceremonyMark,
    verdict: c.verdict,
    label: placedAt(ceremonyRows, c.id, c.label, (row) => ceremonyLabelTop + row * g.ceremonyRow),
  }));
  if (ceremonyLaneY !== null) {
    const usedRows = Math.max(1, ...ceremonyRows.map((p) => p.row + 1));
    y += g.ceremonyMark + (usedRows + 1) * g.ceremonyRow + 4;
  }

  const bottom = y;
  const gapsShown = input.gaps.filter((gap) => seen(gap.from, gap.to));
  const gapRows = rows(
    gapsShown.map((gap) => {
      const { x: left, width } = clip(gap.from, gap.to);
      return {
        id: String(gap.from),
        x: left + width / 2,
        width: estimateTextWidth(gap.label, g.gapFont),
        anchor: "middle" as const,
      };
    }),
    1,
  );
  const gaps = gapsShown.map((gap) => ({
    from: gap.from,
    to: gap.to,
    ...clip(gap.from, gap.to),
    label: placedAt(gapRows, String(gap.from), gap.label, () => bottom + 12),
  }));
  if (gaps.length > 0) y += g.gapRow;

  const placedMarkers = markers.map((m) => ({
    kind: m.kind,
    at: m.at,
    x: x(m.at),
    label: placedAt(markerRows, m.kind, m.label, (row) => (row + 1) * g.headerRow - 3),
  }));
  const ticks = monthTicks(span, frame.maxTicks).map((tick) => ({ ...tick, x: x(tick.at) }));
  return {
    span,
    width: frame.width,
    height: y + g.axis + g.readoutRow,
    plot: { x0, x1, top, bottom },
    lanes,
    gaps,
    markers: placedMarkers,
    ceremonies,
    ceremonyLaneY,
    ticks,
    axisY: y,
    readoutY: y + g.axis + g.readoutRow - 4,
  };
}

function everyInstant(input: TimelineInput): Instant[] {
  return [
    ...input.skrs.flatMap((skr) => skr.bundles.flatMap((b) => [b.inception, b.expiration])),
    ...input.markers.map((m) => m.at),
    ...input.ceremonies.map((c) => c.startsAt),
  ];
}

function placedAt(
  placed: readonly { id: string; left: number; row: number }[],
  id: string,
  text: string,
  baseline: (row: number) => number,
): Placed {
  const found = placed.find((p) => p.id === id);
  return found ? { text, left: found.left, y: baseline(found.row) } : null;
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
