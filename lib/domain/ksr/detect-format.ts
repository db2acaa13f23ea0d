import { parseKnotDocument } from "./knot/parse";
import type { DocumentFormat, KsrDocument } from "./model";
import { parseKsrDocument } from "./parse";
import { DEFAULT_LIMITS, type ParseLimits } from "./schema";

/**
 * The format of a KSR/SKR from its first bytes: XML starts with "<" (after an optional byte order mark
 * and whitespace); anything else is read as Knot DNS text, whose parser explains what it expected.
 */
export function detectFormat(bytes: Uint8Array): DocumentFormat {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // Space, tab, CR, LF.
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d || bytes[i] === 0x0a)
  )
    i++;
  return bytes[i] === 0x3c ? "iana-xml" : "knot-text";
}

/** Parses either format, detected from the content unless `format` says which; throws KsrParseError. */
export function parseAnyKsrDocument(
  bytes: Uint8Array,
  options: { format?: DocumentFormat; limits?: ParseLimits } = {},
): KsrDocument {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const format = options.format ?? detectFormat(bytes);
  return format === "iana-xml" ? parseKsrDocument(bytes, limits) : parseKnotDocument(bytes, limits);
}
