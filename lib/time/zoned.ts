import {
  type CivilDate,
  type DayNumber,
  dayNumberToCivil,
  MS_PER_DAY,
  tryCivilToDayNumber,
} from "./civil-date";
import { type Instant, MS_PER_MINUTE } from "./instant";

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

const offsetFormats = new Map<string, (instant: number) => string>();
const offsets = new Map<string, number>();

/**
 * How far clocks in `zone` are ahead of UTC at `instant`, in milliseconds (historical offsets keep their
 * seconds). One Intl call: the date finder and every page that shows local times call this a lot.
 */
export function zoneOffsetMs(instant: Instant, zone: string): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    // Throws a RangeError for a zone the runtime does not know.
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).format;
    offsetFormats.set(zone, format);
  }
  // "6/1/1960, GMT-00:44:30"; plain "GMT" at UTC.
  const text = format(instant);
  const offset = text.slice(text.lastIndexOf("GMT") + 3);
  let ms = offsets.get(offset);
  if (ms === undefined) {
    const parts = /^([+-])(\d\d):(\d\d)(?::(\d\d))?$/.exec(offset);
    if (offset !== "" && !parts) throw new RangeError(`unexpected offset ${offset} in ${zone}`);
    ms = parts
      ? (parts[1] === "-" ? -1 : 1) *
        ((Number(parts[2]) * 60 + Number(parts[3])) * 60 + Number(parts[4] ?? 0)) *
        1000
      : 0;
    offsets.set(offset, ms);
  }
  return ms;
}

export function dayNumberInZone(instant: Instant, zone: string): DayNumber {
  return Math.floor((instant + zoneOffsetMs(instant, zone)) / MS_PER_DAY);
}

/** The calendar date a wall clock in `zone` shows at `instant`. */
export function civilDateInZone(instant: Instant, zone: string): CivilDate {
  return dayNumberToCivil(dayNumberInZone(instant, zone));
}

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalTime(text: string): boolean {
  return LOCAL_TIME.test(text);
}

/**
 * The instant at which clocks in `zone` show `date` `time` ("HH:mm"). When that clock time happens twice
 * (clocks going back) it is the first time; when it never happens (clocks going forward) it is read with
 * the offset from before the change, which moves it forward by the gap, as a calendar invite does.
 * Assumes no two offset changes within a day of each other, true of every zone in the IANA database.
 */
export function instantOfLocal(date: CivilDate, time: string, zone: string): Instant {
  const day = tryCivilToDayNumber(date);
  const match = LOCAL_TIME.exec(time);
  if (day === null || !match) throw new RangeError(`not a local date and time: ${date} ${time}`);
  // The wall-clock reading as if it were UTC; the instant is this minus the offset in force then.
  const wall = day * MS_PER_DAY + (Number(match[1]) * 60 + Number(match[2])) * MS_PER_MINUTE;
  const before = wall - zoneOffsetMs(wall - MS_PER_DAY, zone);
  if (zoneOffsetMs(before, zone) === wall - before) return before;
  const after = wall - zoneOffsetMs(wall + MS_PER_DAY, zone);
  if (zoneOffsetMs(after, zone) === wall - after) return after;
  return before;
}
