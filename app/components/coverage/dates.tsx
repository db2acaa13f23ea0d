import { formatInstantUtc, type Instant, MS_PER_DAY } from "@/lib/time";
import { formatInZone, formatMeeting } from "@/lib/time/format";

/** "2018-04-12": the calendar day in UTC, the reading SKR files and the ZSK operator use. */
export function utcDay(at: Instant): string {
  return formatInZone(at, "UTC", "yyyy-MM-dd");
}

/** "2018-04-12 00:00 UTC". */
export function utcMinute(at: Instant): string {
  return formatInZone(at, "UTC", "yyyy-MM-dd HH:mm 'UTC'");
}

/** Whole days from `now` to `at`, rounded down (negative once past). */
export function daysUntil(at: Instant, now: Instant): number {
  return Math.floor((at - now) / MS_PER_DAY);
}

/**
 * An instant in UTC, followed by the viewer's own clock when that is another zone: bundle times are UTC
 * by definition, but a coordinator plans in local time.
 */
export function When({ at, zone }: { at: Instant; zone: string }) {
  return (
    <>
      <time dateTime={formatInstantUtc(at)}>{utcMinute(at)}</time>
      {zone !== "UTC" ? <span className="muted"> ({formatMeeting(at, zone)} your time)</span> : null}
    </>
  );
}
