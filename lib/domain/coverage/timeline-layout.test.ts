import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseKsrDocument } from "@/lib/domain/ksr";
import { estimateTextWidth } from "@/lib/domain/label-rows";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { formatInstantUtc, MS_PER_DAY } from "@/lib/time";
import { computeCoverage } from "./coverage";
import { FRAMES, GEOMETRY, layoutTimeline, MARKER_KINDS, packRows } from "./timeline-layout";
import { monthTicks, timelineSpan, timeScale } from "./timeline-scale";

const utc = (text: string) => Date.parse(text);
const skr2017 = parseKsrDocument(fixture("skr-root-2017-q1-0.xml")).bundles;
const skr2018 = parseKsrDocument(fixture("skr-root-2018-q1-0-d_to_e.xml")).bundles;

describe("timeline scale", () => {
  it("pads the span by a share of it, or a few days when it is short", () => {
    const from = utc("2018-01-01T00:00:00Z");
    expect(timelineSpan([from, from + 100 * MS_PER_DAY])).toEqual({
      from: from - 3 * MS_PER_DAY,
      to: from + 103 * MS_PER_DAY,
    });
    expect(timelineSpan([from, from + 1000 * MS_PER_DAY])).toEqual({
      from: from - 30 * MS_PER_DAY,
      to: from + 1030 * MS_PER_DAY,
    });
    expect(timelineSpan([from])).toEqual({ from: from - 3 * MS_PER_DAY, to: from + 3 * MS_PER_DAY });
  });

  it("maps the span linearly onto the plot", () => {
    const x = timeScale({ from: 0, to: 10 * MS_PER_DAY }, 100, 600);
    expect([x(0), x(5 * MS_PER_DAY), x(10 * MS_PER_DAY), x(12 * MS_PER_DAY)]).toEqual([100, 350, 600, 700]);
  });

  it("ticks each month over a quarter, on UTC midnights whatever the machine zone", () => {
    const ticks = monthTicks({ from: utc("2017-12-20T00:00:00Z"), to: utc("2018-04-20T00:00:00Z") });
    expect(ticks.map((t) => [formatInstantUtc(t.at), t.unit])).toEqual([
      ["2018-01-01T00:00:00Z", "month"],
      ["2018-02-01T00:00:00Z", "month"],
      ["2018-03-01T00:00:00Z", "month"],
      ["2018-04-01T00:00:00Z", "month"],
    ]);
  });

  it("coarsens to round years over a decade, never more than the cap", () => {
    const ticks = monthTicks({ from: utc("2016-11-01T00:00:00Z"), to: utc("2027-03-01T00:00:00Z") });
    expect(ticks.map((t) => formatInstantUtc(t.at).slice(0, 10))).toEqual([
      "2018-01-01",
      "2020-01-01",
      "2022-01-01",
      "2024-01-01",
      "2026-01-01",
    ]);
    expect(ticks.every((t) => t.unit === "year")).toBe(true);
  });
});

describe("timeline lanes", () => {
  it("packs the root's overlapping 21-day bundles into three rows, none overlapping within a row", () => {
    const { count, of } = packRows(skr2018);
    expect(count).toBe(3);
    for (const a of skr2018) {
      for (const b of skr2018) {
        if (a !== b && of.get(a) === of.get(b)) {
          expect(a.expiration <= b.inception || b.expiration <= a.inception).toBe(true);
        }
      }
    }
  });

  it("lays out two SKRs, their gap, markers and ceremonies inside the frame", () => {
    const coverage = computeCoverage([...skr2017, ...skr2018]);
    const today = utc("2017-06-01T00:00:00Z");
    const layout = layoutTimeline({
      skrs: [
        { id: "2017", bundles: skr2017 },
        { id: "2018", bundles: skr2018 },
      ],
      gaps: (coverage?.gaps ?? []).map((gap) => ({ ...gap, label: "gap" })),
      markers: [
        { kind: "today", at: today, label: "Today 2017-06-01" },
        { kind: "coverage_end", at: utc("2018-04-12T00:00:00Z"), label: "Coverage end 2018-04-12" },
      ],
      ceremonies: [
        { id: "late", startsAt: utc("2018-03-20T18:00:00Z"), verdict: null, label: "KC-late" },
        { id: "soon", startsAt: utc("2018-03-01T18:00:00Z"), verdict: "met", label: "KC-soon" },
      ],
      window: null,
    });
    const [lane2017, lane2018] = layout.lanes;
    expect(lane2018?.y).toBe((lane2017?.y ?? 0) + (lane2017?.height ?? 0));
    const bars = layout.lanes.flatMap((lane) => lane.bars);
    expect(bars).toHaveLength(18);
    for (const bar of bars) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.plot.x0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.x1);
    }
    // The gap runs from the end of the 2017 bars to the start of the 2018 ones.
    const gap = layout.gaps[0];
    const last2017 = Math.max(...(lane2017?.bars ?? []).map((b) => b.x + b.width));
    expect(gap?.x).toBeCloseTo(last2017);
    expect((gap?.x ?? 0) + (gap?.width ?? 0)).toBeCloseTo(
      Math.min(...(lane2018?.bars ?? []).map((b) => b.x)),
    );
    expect(layout.ceremonies.map((c) => c.id)).toEqual(["soon", "late"]);
    expect(layout.ceremonyLaneY).toBe((lane2018?.y ?? 0) + (lane2018?.height ?? 0));
    // The coverage-end label is near the right edge, so it reads leftwards; today's reads rightwards.
    const [todayMark, endMark] = layout.markers;
    expect(todayMark?.label?.left).toBe(todayMark?.x);
    expect(endMark?.label?.left).toBeLessThan(endMark?.x ?? 0);
    // Far apart, both fit in one header row.
    expect(todayMark?.label?.y).toBe(endMark?.label?.y);
    expect(layout.height).toBeGreaterThan(layout.axisY);
    expect(layout.readoutY).toBeGreaterThan(layout.axisY + 14);
    expect(layout.ticks.every((t) => t.x > layout.plot.x0 - 1 && t.x < FRAMES.wide.width)).toBe(true);
  });

  it("draws only what touches the window, bars cut at its edges", () => {
    const layout = layoutTimeline({
      skrs: [
        { id: "2017", bundles: skr2017 },
        { id: "2018", bundles: skr2018 },
      ],
      gaps: [],
      markers: [{ kind: "today", at: utc("2018-02-01T00:00:00Z"), label: "Today" }],
      ceremonies: [
        { id: "old", startsAt: utc("2017-03-01T18:00:00Z"), verdict: null, label: "KC-old" },
        { id: "in", startsAt: utc("2018-02-10T18:00:00Z"), verdict: null, label: "KC-in" },
      ],
      window: { from: utc("2018-01-15T00:00:00Z"), to: utc("2018-03-01T00:00:00Z") },
    });
    expect(layout.lanes.map((lane) => lane.id)).toEqual(["2018"]);
    expect(layout.ceremonies.map((c) => c.id)).toEqual(["in"]);
    const bars = layout.lanes.flatMap((lane) => lane.bars);
    // Bundle 1 (from 01-01) runs into the window, bundle 6 starts 02-20; bundle 7 starts after it ends.
    expect(bars.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const bar of bars) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.plot.x0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.x1);
    }
  });
});

describe("timeline labels", () => {
  const from = utc("2026-10-01T00:00:00Z");
  const window = { from, to: from + 200 * MS_PER_DAY };
  const instant = fc.integer({ min: window.from, max: window.to });
  const ceremonies = fc.array(
    fc.record({ startsAt: instant, label: fc.string({ minLength: 2, maxLength: 24 }) }),
    { minLength: 30, maxLength: 30 },
  );
  const markers = fc.tuple(instant, instant, instant, instant, instant);

  it("places 30 random ceremonies' and the deadlines' labels apart, inside the frame, or thins them", () => {
    fc.assert(
      fc.property(ceremonies, markers, (list, ats) => {
        const input = {
          skrs: [],
          gaps: [],
          markers: MARKER_KINDS.map((kind, i) => ({ kind, at: ats[i] ?? from, label: `${kind} 2027-01-01` })),
          ceremonies: list.map((c, i) => ({ ...c, id: `c${i}`, verdict: null })),
          window,
        };
        for (const frame of [FRAMES.wide, FRAMES.narrow]) {
          const layout = layoutTimeline(input, frame);
          // Every item is drawn; only its label may be thinned (the table lists it either way).
          expect(layout.ceremonies).toHaveLength(30);
          expect(layout.markers).toHaveLength(MARKER_KINDS.length);
          const boxes = [
            ...layout.markers.map((m) => [m.label, GEOMETRY.markerFont] as const),
            ...layout.ceremonies.map((c) => [c.label, GEOMETRY.ceremonyFont] as const),
          ].flatMap(([label, font]) =>
            label ? [{ ...label, right: label.left + estimateTextWidth(label.text, font) }] : [],
          );
          for (const box of boxes) {
            expect(box.left).toBeGreaterThanOrEqual(0);
            expect(box.right).toBeLessThanOrEqual(frame.width);
            for (const other of boxes) {
              if (other === box || other.y !== box.y) continue;
              expect(box.right <= other.left || other.right <= box.left).toBe(true);
            }
          }
          // Rows of different labels never share a baseline across kinds.
          const markerRows = new Set(layout.markers.flatMap((m) => (m.label ? [m.label.y] : [])));
          expect(layout.ceremonies.some((c) => c.label && markerRows.has(c.label.y))).toBe(false);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("stacks the labels of two ceremonies a day apart instead of printing one over the other", () => {
    const layout = layoutTimeline({
      skrs: [],
      gaps: [],
      markers: [],
      ceremonies: [
        { id: "a", startsAt: from + 50 * MS_PER_DAY, verdict: null, label: "KC-A long label" },
        { id: "b", startsAt: from + 51 * MS_PER_DAY, verdict: null, label: "KC-B long label" },
      ],
      window,
    });
    const [a, b] = layout.ceremonies;
    expect(a?.label?.y).not.toBe(b?.label?.y);
  });
});
