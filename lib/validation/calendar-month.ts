import { z } from "zod";
import { type CivilMonth, isCivilMonth } from "@/lib/time";

const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

const month = z
  .string()
  .trim()
  .refine(isCivilMonth, "Month must look like 2026-12 (year, then month).")
  .refine((text) => {
    const year = Number(text.slice(0, 4));
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }, `Month must be between ${FIRST_YEAR}-01 and ${LAST_YEAR}-12.`);

const facility = z.uuid("Facility must be one from the list.");

export interface CalendarMonthQuery {
  month: CivilMonth;
  facilityId: string | null;
  /** Messages naming the field that was refused; the page then shows its default for that field. */
  errors: { month?: string; facility?: string };
}

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined;

/**
 * `?month=YYYY-MM&facility=<id>` from the URL. Missing values take the defaults (the viewer's current
 * month, every facility); a bad value is reported and replaced by its default, never an error page.
 */
export function parseCalendarMonth(params: Params, currentMonth: CivilMonth): CalendarMonthQuery {
  const errors: CalendarMonthQuery["errors"] = {};
  const rawMonth = first(params.month);
  const rawFacility = first(params.facility);
  const parsedMonth = rawMonth === undefined ? null : month.safeParse(rawMonth);
  const parsedFacility = rawFacility === undefined ? null : facility.safeParse(rawFacility);
  if (parsedMonth && !parsedMonth.success) errors.month = parsedMonth.error.issues[0]?.message;
  if (parsedFacility && !parsedFacility.success) errors.facility = parsedFacility.error.issues[0]?.message;
  return {
    month: parsedMonth?.success ? parsedMonth.data : currentMonth,
    facilityId: parsedFacility?.success ? parsedFacility.data : null,
    errors,
  };
}
