import type { Instant } from "./instant";

// KSR/SKR timestamps: seconds precision, UTC either implied (no suffix) or explicit (Z / +00:00).
const UTC_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?$/;

export type UtcTimestampResult = { ok: true; instant: Instant } | { ok: false; reason: string };

/** Parses a KSR/SKR timestamp; any offset other than UTC is refused rather than converted. */
export function parseUtcTimestamp(text: string): UtcTimestampResult {
  const match = UTC_TIMESTAMP.exec(text);
  if (!match) return { ok: false, reason: `not a timestamp (YYYY-MM-DDTHH:MM:SS[Z|+00:00]): "${text}"` };
  const zone = match[7];
  if (zone !== undefined && zone !== "Z" && zone !== "+00:00" && zone !== "-00:00") {
    return { ok: false, reason: `timestamp must be UTC, not offset ${zone}: "${text}"` };
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const instant = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(instant);
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return { ok: false, reason: `not a valid date and time: "${text}"` };
  }
  return { ok: true, instant };
}
