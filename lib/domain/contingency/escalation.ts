import type { Instant } from "@/lib/time";
import { MS_PER_HOUR } from "@/lib/time";

/**
 * The escalation level a workflow should have reached at `now`: level 0 hears when it opens; while it
 * stays unacknowledged, each further `escalationHours` adds the next level, up to the last one.
 * Acknowledgement freezes it.
 */
export function escalationLevelDue(input: {
  openedAt: Instant;
  acknowledgedAt: Instant | null;
  escalationHours: number;
  levels: number;
  now: Instant;
}): number {
  const until = input.acknowledgedAt ?? input.now;
  const periods = Math.floor((until - input.openedAt) / (input.escalationHours * MS_PER_HOUR));
  return Math.max(0, Math.min(input.levels - 1, periods));
}

/** When a step is due: hours after the trigger, or relative to the deadline (trigger if none is known). */
export function stepDueAt(
  due: { anchor: "trigger" | "deadline"; offsetHours: number },
  triggeredAt: Instant,
  deadline: Instant | null,
): Instant {
  const base = due.anchor === "deadline" && deadline !== null ? deadline : triggeredAt;
  return base + due.offsetHours * MS_PER_HOUR;
}

/** Reminders for an overdue step: first its owner, then (one escalation period later) the coordinators. */
export function overdueStage(
  dueAt: Instant,
  now: Instant,
  escalationHours: number,
): "none" | "owner" | "coordinators" {
  if (now < dueAt) return "none";
  return now - dueAt >= escalationHours * MS_PER_HOUR ? "coordinators" : "owner";
}

/**
 * When an unacknowledged workflow next climbs a level: one `escalationHours` period after the level it
 * is due now. Null once acknowledged, or when the last level has been reached.
 */
export function nextEscalationAt(input: Parameters<typeof escalationLevelDue>[0]): Instant | null {
  if (input.acknowledgedAt !== null) return null;
  const next = escalationLevelDue(input) + 1;
  if (next >= input.levels) return null;
  return input.openedAt + next * input.escalationHours * MS_PER_HOUR;
}
