import { MS_PER_DAY, parseIsoDurationSeconds, parseUtcTimestamp } from "@/lib/time";
import { type Frame, requiredIndex } from "./element-frame";
import { KsrParseError } from "./parse-error";

// Typed values of leaf children (their trimmed text); every failure names the element and its line.

/** 1 to 10 ASCII digits (as /^\d{1,10}$/ did), no larger than `max`. */
export function toInteger(text: string, what: string, line: number, max: number): number {
  const length = text.length;
  // At most ten digits: the value is exact, and equal to Number(text).
  let valid = length >= 1 && length <= 10;
  let value = 0;
  for (let i = 0; valid && i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    valid = digit >= 0 && digit <= 9;
    value = value * 10 + digit;
  }
  if (!valid || value > max) {
    throw new KsrParseError(line, `${what} must be an integer from 0 to ${max}, not "${text}"`);
  }
  return value;
}

export function integerChild(frame: Frame, name: string, max: number): number {
  const index = requiredIndex(frame, name);
  return toInteger(frame.valueAt(index) as string, `<${name}>`, frame.lineAt(index), max);
}

/**
 * Public keys already read in this document, as validated. Documents repeat themselves: an SKR states the
 * same few public keys in every bundle. A repeat is recognised by plain string comparison (no hashing of
 * a fresh 400-character string, as a Map lookup would need) and comes back as the same string, which
 * also makes the key checks' lookups cheap. Bounded, so that a document of many distinct keys costs no
 * more than one without the list.
 */
export interface SeenValues {
  publicKeys: string[];
}

const MAX_SEEN_PUBLIC_KEYS = 16;

/**
 * UTC timestamps in their usual fixed-width forms (YYYY-MM-DDTHH:MM:SS, then nothing, Z, +00:00 or
 * -00:00), for years 100 to 9999 and valid dates and times only; NaN for anything else, which
 * parseUtcTimestamp then judges (and explains). Gives the same instant parseUtcTimestamp does.
 */
function fastUtcInstant(text: string): number {
  const length = text.length;
  if (length !== 19 && length !== 20 && length !== 25) return Number.NaN;
  if (
    text.charCodeAt(4) !== 45 || // -
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 || // T
    text.charCodeAt(13) !== 58 || // :
    text.charCodeAt(16) !== 58
  )
    return Number.NaN;
  if (length === 20) {
    if (text.charCodeAt(19) !== 90) return Number.NaN; // Z
  } else if (length === 25) {
    const sign = text.charCodeAt(19);
    if (
      (sign !== 43 && sign !== 45) || // + or -
      text.charCodeAt(20) !== 48 ||
      text.charCodeAt(21) !== 48 ||
      text.charCodeAt(22) !== 58 ||
      text.charCodeAt(23) !== 48 ||
      text.charCodeAt(24) !== 48
    )
      return Number.NaN;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  // NaN (a non-digit) fails every comparison below.
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59))
    return Number.NaN;
  if (day > daysInMonth(year, month)) return Number.NaN;
  // Date.UTC(year, month - 1, day, hour, minute, second), in plain arithmetic.
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The ASCII digits text[start, start + count) as a number, NaN if any is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function instantChild(frame: Frame, name: string): number {
  const index = requiredIndex(frame, name);
  const text = frame.valueAt(index) as string;
  const fast = fastUtcInstant(text);
  if (!Number.isNaN(fast)) return fast;
  const parsed = parseUtcTimestamp(text);
  if (!parsed.ok) throw new KsrParseError(frame.lineAt(index), `<${name}>: ${parsed.reason}`);
  return parsed.instant;
}

const NOT_BASE64 = /[^A-Za-z0-9+/=]/;
const SPACES = /\s+/g;

/**
 * Base64 characters with at most two "=" of padding at the end, as /^[A-Za-z0-9+/]+={0,2}$/ says; a
 * search for a character outside the alphabet runs faster than that pattern over a 400-character key.
 */
export function isBase64(text: string): boolean {
  if (NOT_BASE64.test(text)) return false;
  const length = text.length;
  const padding = text.indexOf("=");
  if (padding === -1) return length > 0;
  return padding > 0 && padding >= length - 2 && text.charCodeAt(length - 1) === 61;
}

/** Base64 text with any whitespace removed (line-wrapped keys are common). */
export function base64Child(frame: Frame, name: string): string {
  return base64Text(frame, name, textChild(frame, name));
}

function base64Text(frame: Frame, name: string, raw: string): string {
  // Base64 as it stands has no whitespace to remove: one check settles it.
  if (isBase64(raw)) return raw;
  const text = raw.replace(SPACES, "");
  if (!isBase64(text)) throw new KsrParseError(leafLine(frame, name), `<${name}> is not base64`);
  return text;
}

/** base64Child for a public key, answered from `seen` when the document stated the same text before. */
export function publicKeyChild(frame: Frame, name: string, seen: SeenValues): string {
  const raw = textChild(frame, name);
  const { publicKeys } = seen;
  for (let i = 0; i < publicKeys.length; i += 2)
    if (publicKeys[i] === raw) return publicKeys[i + 1] as string;
  const text = base64Text(frame, name, raw);
  if (publicKeys.length < 2 * MAX_SEEN_PUBLIC_KEYS) publicKeys.push(raw, text);
  return text;
}

/**
 * parseIsoDurationSeconds for the usual forms, P<days>D and PT<seconds>S with at most nine digits; NaN
 * for anything else.
 */
function fastDurationSeconds(text: string): number {
  const length = text.length;
  if (length < 3 || text.charCodeAt(0) !== 80) return Number.NaN; // P
  const unit = text.charCodeAt(length - 1);
  const timed = text.charCodeAt(1) === 84; // T
  let scale: number;
  if (unit === 68 && !timed)
    scale = 86_400; // D
  else if (unit === 83 && timed)
    scale = 1; // S
  else return Number.NaN;
  const start = timed ? 2 : 1;
  const count = length - 1 - start;
  if (count < 1 || count > 9) return Number.NaN;
  return digits(text, start, count) * scale;
}

export function durationChild(frame: Frame, name: string): number {
  const index = requiredIndex(frame, name);
  const text = frame.valueAt(index) as string;
  const fast = fastDurationSeconds(text);
  if (!Number.isNaN(fast)) return fast;
  const seconds = parseIsoDurationSeconds(text);
  if (seconds === null)
    throw new KsrParseError(
      frame.lineAt(index),
      `<${name}> must be an ISO 8601 duration such as P21D, not "${text}"`,
    );
  return seconds;
}

export function textChild(frame: Frame, name: string): string {
  const index = requiredIndex(frame, name);
  const text = frame.valueAt(index) as string;
  if (text === "") throw new KsrParseError(frame.lineAt(index), `<${name}> is empty`);
  return text;
}

export function leafLine(frame: Frame, name: string): number {
  return frame.lineAt(requiredIndex(frame, name));
}
