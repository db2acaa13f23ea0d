import { type CivilDate, civilDaysBetween } from "@/lib/time";

/** Days before the RSVP-by date on which those who have not answered are reminded. */
export const ANSWER_REMINDER_DAYS = [14, 7, 2] as const;

/**
 * The reminder stage due on `today` for a deadline on `deadline` (both facility-local days): the nearest
 * stage whose day has come, up to and including the deadline day; null before the first stage and after
 * the deadline. A run that missed a stage (the app was down) sends only the nearest, never a burst.
 */
export function dueReminderStage(
  deadline: CivilDate,
  today: CivilDate,
  stages: readonly number[] = ANSWER_REMINDER_DAYS,
): number | null {
  const left = civilDaysBetween(today, deadline);
  if (left < 0) return null;
  const due = stages.filter((days) => left <= days);
  return due.length === 0 ? null : Math.min(...due);
}
