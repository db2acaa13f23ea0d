import { countedOnly } from "@/lib/domain/coverage/counted-only";
import type { MarkerKind, TimelineInput } from "@/lib/domain/coverage/timeline-layout";
import type { CoverageState } from "@/lib/queries/coverage/coverage-state";
import type { Instant } from "@/lib/time";
import { utcDay } from "./dates";
import { MARKER_LOOK } from "./marker-look";

/** The vertical markers the state gives: today always, the deadlines when an SKR is on file. */
export function markersOf(state: CoverageState): { kind: MarkerKind; at: Instant }[] {
  const candidates: [MarkerKind, Instant | null][] = [
    ["today", state.now],
    ["latest_useful_start", state.deadline.latestUsefulStart],
    ["next_needed_by", state.nextNeededBy],
    ["coverage_end", state.coverageEnd],
  ];
  return candidates.flatMap(([kind, at]) => (at === null ? [] : [{ kind, at }]));
}

export function timelineInput(state: CoverageState): TimelineInput {
  return {
    // Bundles that do not count are not drawn as coverage; the headline says how many were left out.
    skrs: state.skrs.map(countedOnly).filter((skr) => skr.bundles.length > 0),
    gaps: state.coverage?.gaps ?? [],
    markers: markersOf(state),
    ceremonies: state.ceremonies,
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
