import { tz } from "@date-fns/tz";
import { format, isValid, parseISO } from "date-fns";

/** Milliseconds since the Unix epoch: the one representation of a point in time in the domain. */
export type Instant = number;

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

export function addMinutesToInstant(instant: Instant, minutes: number): Instant {
  return instant + minutes * 60_000;
}

export function addDaysToInstant(instant: Instant, days: number): Instant {
  // Exact 24-hour days: used on UTC instants (bundle times), where there is no DST to honour.
  return instant + days * 86_400_000;
}
