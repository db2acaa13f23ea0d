import { countedOnly } from "@/lib/domain/coverage/counted-only";
import type { MarkerKind, TimelineInput } from "@/lib/domain/coverage/timeline-layout";
import type { TimeSpan } from "@/lib/domain/coverage/timeline-scale";
import { defaultTimelineWindow, inWindow } from "@/lib/domain/coverage/timeline-window";
import type { CoverageState } from "@/lib/queries/coverage/coverage-state";
import type { Instant } from "@/lib/time";
import type { TimelineView } from "@/lib/validation/timeline-view";
import { daysUntil, utcDay } from "./dates";
import { MARKER_LOOK } from "./marker-look";

/** The vertical markers the state gives: today always, the last signing and the deadlines when known. */
export function markersOf(state: CoverageState): { kind: MarkerKind; at: Instant }[] {
  const candidates: [MarkerKind, Instant | null][] = [
    ["today", state.now],
    ["last_signing", state.lastSigningPlace?.startsAt ?? null],
    ["latest_useful_start", state.deadline.latestUsefulStart],
    ["next_needed_by", state.nextNeededBy],
    ["coverage_end", state.coverageEnd],
  ];
  return candidates.flatMap(([kind, at]) => (at === null ? [] : [{ kind, at }]));
}

/** The stretch the view draws; null for everything. */
export function timelineWindow(state: CoverageState, view: TimelineView): TimeSpan | null {
  if (view === "all") return null;
  return defaultTimelineWindow({
    now: state.now,
    lastSigningAt: state.lastSigningPlace?.startsAt ?? null,
    nextNeededBy: state.nextNeededBy,
  });
}

/** Whether an item from `from` to `to` is drawn in the window (null: everything is). */
export function shownIn(window: TimeSpan | null, from: Instant, to: Instant = from): boolean {
  return window === null || inWindow(window, from, to);
}

export function gapText(gap: { from: Instant; to: Instant }): string {
  return `gap, ${daysUntil(gap.to, gap.from)} days`;
}

export function timelineInput(state: CoverageState, window: TimeSpan | null): TimelineInput {
  return {
    // Bundles that do not count are not drawn as coverage; the headline says how many were left out.
    skrs: state.skrs.map(countedOnly).filter((skr) => skr.bundles.length > 0),
    gaps: (state.coverage?.gaps ?? []).map((gap) => ({ ...gap, label: gapText(gap) })),
    markers: markersOf(state).map((m) => ({ ...m, label: `${MARKER_LOOK[m.kind].label} ${utcDay(m.at)}` })),
    ceremonies: state.ceremonies,
    window,
  };
}

/** The timeline in one paragraph, for its <desc>: what a sighted reader takes in at a glance. */
export function describeTimeline(state: CoverageState): string {
  const bundles = state.skrs.reduce((sum, skr) => sum + countedOnly(skr).bundles.length, 0);
  const gaps = state.coverage?.gaps ?? [];
  const parts = [
    `${state.skrs.length} SKR${state.skrs.length === 1 ? "" : "s"} on file with ${bundles} bundles counted`,
    gaps.length === 0
      ? "no gaps"
      : `${gaps.length} gap${gaps.length === 1 ? "" : "s"} (${gaps.map((g) => `${utcDay(g.from)} to ${utcDay(g.to)}`).join("; ")})`,
    ...markersOf(state).map((m) => `${MARKER_LOOK[m.kind].label} ${utcDay(m.at)}`),
    `${state.ceremonies.length} key signing ceremon${state.ceremonies.length === 1 ? "y" : "ies"} planned`,
  ];
  return `${parts.join("; ")}.`;
}

/** The id of a bundle's row in the timeline table, where its bar links to. */
export function bundleRowId(skrId: string, bundleId: string): string {
  return `bundle-${skrId}-${bundleId}`;
}
