import { tz } from "@date-fns/tz";
import { format, isValid, parseISO } from "date-fns";

/** Milliseconds since the Unix epoch: the one representation of a point in time in the domain. */
export type Instant = number;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;

const utc = tz("UTC");
// An instant must say which offset it is in; "2020-04-23T13:00" alone would silently use the machine zone.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an ISO 8601 date-time that carries `Z` or an explicit offset; null otherwise. */
export function tryParseIsoInstant(text: string): Instant | null {
  if (!ISO_WITH_OFFSET.test(text)) return null;
  const date = parseISO(text);
  return isValid(date) ? date.getTime() : null;
}

export function isIsoInstant(text: string): boolean {
  return tryParseIsoInstant(text) !== null;
}

/** `2018-01-01T00:00:00Z`: UTC, whole seconds, the form every JSON output of the domain uses. */
export function formatInstantUtc(instant: Instant): string {
  return format(instant, "yyyy-MM-dd'T'HH:mm:ss'Z'", { in: utc });
}

/** The Date a timestamp column or a library asks for. */
export function dateOf(instant: Instant): Date {
  return new Date(instant);
}

export function addMinutesToInstant(instant: Instant, minutes: number): Instant {
  return instant + minutes * MS_PER_MINUTE;
}
