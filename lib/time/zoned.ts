import { TZDate, tz } from "@date-fns/tz";
import { format } from "date-fns";
import { type CivilDate, civilToDayNumber, type DayNumber, tryCivilToDayNumber } from "./civil-date";
import type { Instant } from "./instant";

const validZones = new Map<string, boolean>();

/** True for IANA zone names the runtime knows (Intl is the authority; offsets like "+02:00" are refused). */
export function isValidTimeZone(zone: string): boolean {
  const known = validZones.get(zone);
  if (known !== undefined) return known;
  let ok = /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone);
  if (ok) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
    } catch {
      ok = false;
    }
  }
  validZones.set(zone, ok);
  return ok;
}

/** The calendar date a wall clock in `zone` shows at `instant`. */
export function civilDateInZone(instant: Instant, zone: string): CivilDate {
  return format(instant, "yyyy-MM-dd", { in: tz(zone) });
}

export function dayNumberInZone(instant: Instant, zone: string): DayNumber {
  return civilToDayNumber(civilDateInZone(instant, zone));
}

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalTime(text: string): boolean {
  return LOCAL_TIME.test(text);
}

/**
 * The instant at which clocks in `zone` show `date` `time` ("HH:mm"). In a spring-forward gap the clock
 * time does not exist; TZDate moves it forward by the gap, which is what a calendar invite does too.
 */
export function instantOfLocal(date: CivilDate, time: string, zone: string): Instant {
  const day = tryCivilToDayNumber(date);
  const match = LOCAL_TIME.exec(time);
  if (day === null || !match) throw new RangeError(`not a local date and time: ${date} ${time}`);
  const [year, month, dom] = date.split("-").map(Number) as [number, number, number];
  return new TZDate(year, month - 1, dom, Number(match[1]), Number(match[2]), zone).getTime();
}
