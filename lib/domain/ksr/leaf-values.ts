import { parseIsoDurationSeconds, parseUtcTimestamp } from "@/lib/time";
import { type Frame, requiredIndex } from "./element-frame";
import { KsrParseError } from "./parse-error";

// Typed values of leaf children (their trimmed text); every failure names the element and its line.

/** 1 to 10 ASCII digits (as /^\d{1,10}$/ did), no larger than `max`. */
export function toInteger(text: string, what: string, line: number, max: number): number {
  let valid = text.length >= 1 && text.length <= 10;
  for (let i = 0; valid && i < text.length; i++) {
    const code = text.charCodeAt(i);
    valid = code >= 48 && code <= 57;
  }
  if (!valid || Number(text) > max) {
    throw new KsrParseError(line, `${what} must be an integer from 0 to ${max}, not "${text}"`);
  }
  return Number(text);
}

export function integerChild(frame: Frame, name: string, max: number): number {
  const index = requiredIndex(frame, name);
  return toInteger(frame.values[index] as string, `<${name}>`, frame.lines[index] as number, max);
}

/**
 * Values already read in this document, by their text. Documents repeat themselves: an SKR restates each
 * bundle's inception and expiration in its signatures, and the same few public keys in every bundle, so
 * about half the timestamp parses and most base64 checks are saved. Repeats also come back as the same
 * string, which makes the key checks' lookups cheap.
 */
export interface SeenValues {
  instants: Map<string, number>;
  base64: Map<string, string>;
}

export function instantChild(frame: Frame, name: string, seen: SeenValues): number {
  const index = requiredIndex(frame, name);
  const text = frame.values[index] as string;
  const known = seen.instants.get(text);
  if (known !== undefined) return known;
  const parsed = parseUtcTimestamp(text);
  if (!parsed.ok) throw new KsrParseError(frame.lines[index] as number, `<${name}>: ${parsed.reason}`);
  seen.instants.set(text, parsed.instant);
  return parsed.instant;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const SPACES = /\s+/g;

/** Base64 text with any whitespace removed (line-wrapped keys are common). */
export function base64Child(frame: Frame, name: string, seen: SeenValues): string {
  const raw = textChild(frame, name);
  const known = seen.base64.get(raw);
  if (known !== undefined) return known;
  const text = raw.replace(SPACES, "");
  if (!BASE64.test(text)) throw new KsrParseError(leafLine(frame, name), `<${name}> is not base64`);
  seen.base64.set(raw, text);
  return text;
}

export function durationChild(frame: Frame, name: string): number {
  const index = requiredIndex(frame, name);
  const text = frame.values[index] as string;
  const seconds = parseIsoDurationSeconds(text);
  if (seconds === null)
    throw new KsrParseError(
      frame.lines[index] as number,
      `<${name}> must be an ISO 8601 duration such as P21D, not "${text}"`,
    );
  return seconds;
}

export function textChild(frame: Frame, name: string): string {
  const index = requiredIndex(frame, name);
  const text = frame.values[index] as string;
  if (text === "") throw new KsrParseError(frame.lines[index] as number, `<${name}> is empty`);
  return text;
}

export function leafLine(frame: Frame, name: string): number {
  return frame.lines[requiredIndex(frame, name)] as number;
}
