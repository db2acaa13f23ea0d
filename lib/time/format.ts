import { tz } from "@date-fns/tz";
import { format } from "date-fns";

type InstantLike = Date | number;

/** Formats an instant as a wall clock in `zone` (IANA), e.g. "EEE d MMM yyyy, HH:mm". */
export function formatInZone(instant: InstantLike, zone: string, pattern: string): string {
  return format(instant, pattern, { in: tz(zone) });
}

const shortNames = new Map<string, Intl.DateTimeFormat>();

/** The zone's short name at that instant as people know it ("EDT"), or its offset ("GMT+2"). */
export function zoneAbbreviation(instant: InstantLike, zone: string): string {
  let names = shortNames.get(zone);
  if (!names) {
    // Building a formatter costs far more than using one; pages format many times in a few zones.
    names = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" });
    shortNames.set(zone, names);
  }
  return names.formatToParts(instant).find((p) => p.type === "timeZoneName")?.value ?? zone;
}

/** "Thu 23 Apr 2020, 13:00 EDT": the reading people use when they plan travel. */
export function formatMeeting(instant: InstantLike, zone: string): string {
  return `${formatInZone(instant, zone, "EEE d MMM yyyy, HH:mm")} ${zoneAbbreviation(instant, zone)}`;
}

/** An audit timestamp: always UTC, to the millisecond, so events sort and compare as stored. */
export function formatUtc(instant: InstantLike): string {
  return `${formatInZone(instant, "UTC", "yyyy-MM-dd HH:mm:ss.SSS")} UTC`;
}
