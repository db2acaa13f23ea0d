import {
  addDaysToCivil,
  type CivilDate,
  type CivilMonth,
  civilDateInZone,
  civilDaysBetween,
  civilToDayNumber,
  type Instant,
  isoWeekdayOfDayNumber,
  lastDayOfMonth,
} from "@/lib/time";

export interface GridDay {
  date: CivilDate;
  /** Day of the month, 1-31. */
  day: number;
  inMonth: boolean;
  isToday: boolean;
}

export interface MonthGrid {
  month: CivilMonth;
  first: CivilDate;
  last: CivilDate;
  /** Whole weeks, Monday first, covering the month; days of the months around it are marked. */
  weeks: GridDay[][];
}

/**
 * The weeks of `month` as people in `zone` see them at `now`: Monday first, padded with the neighbouring
 * months' days. Civil-date arithmetic only, so clock changes inside the month move nothing.
 */
export function monthGrid(month: CivilMonth, zone: string, now: Instant): MonthGrid {
  const first = `${month}-01`;
  const last = lastDayOfMonth(month);
  const today = civilDateInZone(now, zone);
  const start = addDaysToCivil(first, 1 - isoWeekdayOfDayNumber(civilToDayNumber(first)));
  const end = addDaysToCivil(last, 7 - isoWeekdayOfDayNumber(civilToDayNumber(last)));
  const weeks: GridDay[][] = [];
  for (let offset = 0; offset <= civilDaysBetween(start, end); offset += 7) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const date = addDaysToCivil(start, offset + i);
        return { date, day: Number(date.slice(8)), inMonth: date.startsWith(month), isToday: date === today };
      }),
    );
  }
  return { month, first, last, weeks };
}
