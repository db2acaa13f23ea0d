import type { Instant } from "@/lib/time";

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

const DAY = 86_400_000;

export function deadlineAlert(
  deadline: DeadlineKind,
  at: Instant,
  now: Instant,
  thresholds: readonly number[] = DEFAULT_ALERT_DAYS,
): DeadlineAlert {
  const remainingDays = (at - now) / DAY;
  const overdue = now >= at;
  const within = thresholds.filter((days) => remainingDays <= days);
  const threshold = overdue || within.length === 0 ? null : Math.min(...within);
  return { deadline, at, daysLeft: Math.floor(remainingDays), threshold, overdue };
}

/**
 * Alerts for both deadlines, most urgent first (overdue, then fewest days left). A deadline that is
 * null (nothing signed at `now`) is itself overdue as of now.
 */
export function coverageAlerts(
  deadlines: { nextNeededBy: Instant | null; coverageEnd: Instant | null },
  now: Instant,
  thresholds: readonly number[] = DEFAULT_ALERT_DAYS,
): DeadlineAlert[] {
  const alerts = [
    deadlineAlert("next_needed_by", deadlines.nextNeededBy ?? now, now, thresholds),
    deadlineAlert("coverage_end", deadlines.coverageEnd ?? now, now, thresholds),
  ];
  return alerts.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.at - b.at);
}
