import { tz } from "@date-fns/tz";
import { addDays, format } from "date-fns";

/** A calendar date without a zone, as `YYYY-MM-DD`. */
export type CivilDate = string;

/**
 * Whole days since 1970-01-01 for a civil date. Hot loops (the date finder) compare these integers instead
 * of strings or Date objects; the mapping is calendar arithmetic and never touches a time zone.
 */
export type DayNumber = number;

export const MS_PER_DAY = 86_400_000;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const utc = tz("UTC");

/** Day number of a `YYYY-MM-DD` string, or null when it is not a real calendar date. */
export function tryCivilToDayNumber(text: string): DayNumber | null {
  const match = CIVIL_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2021-02-30 over to March; checking the day and month back catches it. Plain
  // arithmetic on purpose: the date finder converts thousands of these and date-fns formatting is slow.
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

export function isCivilDate(text: string): boolean {
  return tryCivilToDayNumber(text) !== null;
}

export function civilToDayNumber(date: CivilDate): DayNumber {
  const day = tryCivilToDayNumber(date);
  if (day === null) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  return day;
}

export function dayNumberToCivil(day: DayNumber): CivilDate {
  // ISO form of a UTC midnight is exactly the civil date; years 0000-9999 only, like the inputs.
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDaysToCivil(date: CivilDate, days: number): CivilDate {
  return format(addDays(civilToDayNumber(date) * MS_PER_DAY, days, { in: utc }), "yyyy-MM-dd", { in: utc });
}

/** Signed number of calendar days from `from` to `to` (2020-01-01 -> 2020-01-03 is 2). */
export function civilDaysBetween(from: CivilDate, to: CivilDate): number {
  return civilToDayNumber(to) - civilToDayNumber(from);
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday. */
export function isoWeekdayOfDayNumber(day: DayNumber): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}
