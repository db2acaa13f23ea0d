import "server-only";
import { AppError } from "@/lib/errors";
import { addDaysToCivil, civilDateInZone, civilDaysBetween, type Instant, instantOfLocal } from "@/lib/time";
import type { CeremonyDetails } from "@/lib/validation/ceremony";

const MAX_YEARS_AHEAD = 3;

/**
 * Turns the facility-local date and time from a form into the stored instant and standby date,
 * refusing dates in the past, more than three years ahead, or a standby date that is not after the
 * ceremony within two weeks.
 */
export function resolveCeremonyTime(
  details: Pick<CeremonyDetails, "date" | "time" | "standbyDate">,
  timeZone: string,
  now: Instant,
) {
  const today = civilDateInZone(now, timeZone);
  const fields: Record<string, string> = {};
  if (details.date < today)
    fields.date = `The date is in the past at the facility (today there is ${today}).`;
  if (civilDaysBetween(today, details.date) > MAX_YEARS_AHEAD * 366) {
    fields.date = `Plan at most ${MAX_YEARS_AHEAD} years ahead.`;
  }
  const standbyDate = details.standbyDate ?? addDaysToCivil(details.date, 1);
  const gap = civilDaysBetween(details.date, standbyDate);
  if (gap < 1 || gap > 14) fields.standbyDate = "The standby date must fall 1 to 14 days after the ceremony.";
  if (Object.keys(fields).length > 0) throw new AppError("invalid_input", "Check the dates.", fields);
  const startsAt = new Date(instantOfLocal(details.date, details.time, timeZone));
  if (startsAt.getTime() <= now) {
    throw new AppError("invalid_input", "Check the dates.", {
      time: "That time has already passed at the facility.",
    });
  }
  return { startsAt, standbyDate };
}
