import { addDaysToCivil, type CivilDate } from "./civil-date";
import type { Instant } from "./instant";
import { civilDateInZone } from "./zoned";

/** A calendar month as `YYYY-MM`. */
export type CivilMonth = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isCivilMonth(text: string): boolean {
  return MONTH.test(text);
}

/** The month a wall clock in `zone` shows at `instant`. */
export function monthInZone(instant: Instant, zone: string): CivilMonth {
  return civilDateInZone(instant, zone).slice(0, 7);
}

/** The month `count` months after `month` (negative goes back). */
export function addMonths(month: CivilMonth, count: number): CivilMonth {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function lastDayOfMonth(month: CivilMonth): CivilDate {
  return addDaysToCivil(`${addMonths(month, 1)}-01`, -1);
}
