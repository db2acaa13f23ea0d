import { type DeadlineKind, deadlineAlert } from "@/lib/domain/coverage/alerts";
import type { CoverageState } from "@/lib/queries/coverage/coverage-state";
import type { Instant } from "@/lib/time";

/** Threshold recorded for the single alert sent once a deadline has passed. */
export const OVERDUE_THRESHOLD = 0;

/** The one alert each deadline calls for at `state.now`; whether it was already sent is decided by the caller. */
export interface DueAlert {
  deadline: DeadlineKind;
  at: Instant;
  thresholdDays: number;
  daysLeft: number;
  overdue: boolean;
  /** Inside the widening window (or overdue): staff are told as well as coordinators. */
  widened: boolean;
}

/**
 * For each deadline, only the smallest threshold reached: after downtime the larger ones it slept through
 * are not sent late. Nothing when no SKR is on file, since there is no deadline to count down to.
 */
export function dueCoverageAlerts(state: CoverageState): DueAlert[] {
  if (state.nextNeededBy === null) return [];
  const deadlines: [DeadlineKind, Instant | null][] = [
    ["next_needed_by", state.nextNeededBy],
    ["coverage_end", state.coverageEnd],
  ];
  const due: DueAlert[] = [];
  for (const [kind, reported] of deadlines) {
    if (reported === null) continue;
    const alert = deadlineAlert(kind, stableInstant(state, reported), state.now, state.settings.alertDays);
    if (!alert.overdue && alert.threshold === null) continue;
    const thresholdDays = alert.overdue ? OVERDUE_THRESHOLD : (alert.threshold as number);
    due.push({
      deadline: kind,
      at: alert.at,
      thresholdDays,
      daysLeft: alert.daysLeft,
      overdue: alert.overdue,
      widened: alert.overdue || thresholdDays <= state.settings.widenDays,
    });
  }
  return due;
}

/**
 * In a gap or past the end, the state reports a lapsed deadline as `now` (nothing is signed now). Alerts
 * are keyed by the deadline instant, so keyed by `now` the overdue alert would repeat on every run: key it
 * by when coverage actually lapsed instead, the end of the last run that ended by now.
 */
function stableInstant(state: CoverageState, reported: Instant): Instant {
  if (reported !== state.now || state.at.state === "covered" || state.at.state === "not_yet_started") {
    return reported;
  }
  const ended = (state.coverage?.segments ?? []).filter((segment) => segment.end <= state.now);
  return ended.at(-1)?.end ?? reported;
}
