import type { Instant } from "@/lib/time";
import { MS_PER_DAY } from "@/lib/time";

export const DEFAULT_ALERT_DAYS = [90, 60, 30, 14, 7, 3, 1] as const;

export const DEADLINE_KINDS = ["next_needed_by", "coverage_end"] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface DeadlineAlert {
  deadline: DeadlineKind;
  at: Instant;
  /** Whole days left, rounded down (0 on the last day; negative once past). */
  daysLeft: number;
  /** Smallest configured threshold the deadline is within; null when further out than all, or overdue. */
  threshold: number | null;
  overdue: boolean;
}

export function deadlineAlert(
  deadline: DeadlineKind,
  at: Instant,
  now: Instant,
  thresholds: readonly number[] = DEFAULT_ALERT_DAYS,
): DeadlineAlert {
  const remainingDays = (at - now) / MS_PER_DAY;
  const overdue = now >= at;
  const within = thresholds.filter((days) => remainingDays <= days);
  const threshold = overdue || within.length === 0 ? null : Math.min(...within);
  return { deadline, at, daysLeft: Math.floor(remainingDays), threshold, overdue };
}

/** Threshold recorded for the single alert sent once a deadline has passed. */
export const OVERDUE_THRESHOLD = 0;

/** The one alert a deadline calls for at `now`; whether it was already sent is decided by the caller. */
export interface DueAlert {
  deadline: DeadlineKind;
  at: Instant;
  thresholdDays: number;
  daysLeft: number;
  overdue: boolean;
  /** Inside the widening window (or overdue): staff are told as well as coordinators. */
  widened: boolean;
}

export interface AlertInput {
  now: Instant;
  /** The deadlines that matter now (`deadlinesAt`); null with no SKR on file. */
  nextNeededBy: Instant | null;
  coverageEnd: Instant | null;
  alertDays: readonly number[];
  widenDays: number;
}

/**
 * For each deadline, only the smallest threshold reached: after downtime the larger ones it slept through
 * are not sent late. Nothing when no SKR is on file, since there is no deadline to count down to.
 */
export function dueCoverageAlerts(input: AlertInput): DueAlert[] {
  if (input.nextNeededBy === null) return [];
  const deadlines: [DeadlineKind, Instant | null][] = [
    ["next_needed_by", input.nextNeededBy],
    ["coverage_end", input.coverageEnd],
  ];
  const due: DueAlert[] = [];
  for (const [kind, at] of deadlines) {
    if (at === null) continue;
    const alert = deadlineAlert(kind, at, input.now, input.alertDays);
    if (!alert.overdue && alert.threshold === null) continue;
    const thresholdDays = alert.overdue ? OVERDUE_THRESHOLD : (alert.threshold as number);
    due.push({
      deadline: kind,
      at: alert.at,
      thresholdDays,
      daysLeft: alert.daysLeft,
      overdue: alert.overdue,
      widened: alert.overdue || thresholdDays <= input.widenDays,
    });
  }
  return due;
}

export interface SentAlert {
  deadline: DeadlineKind;
  at: Instant;
  thresholdDays: number;
}

/**
 * Whether `alert` was sent already: the same threshold for the same kind of deadline at the same instant,
 * or at an instant less than that threshold away (the same deadline, moved by an SKR or an anchor change;
 * the moved deadline's smaller thresholds go out as usual). A quarter later is a new deadline.
 */
export function alreadySent(alert: DueAlert, sent: readonly SentAlert[]): boolean {
  return sent.some(
    (row) =>
      row.deadline === alert.deadline &&
      row.thresholdDays === alert.thresholdDays &&
      Math.abs(row.at - alert.at) < Math.max(alert.thresholdDays * MS_PER_DAY, 1),
  );
}
