import { KsrParseError } from "./parse-error";
import type { ParseLimits } from "./schema";

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * The document's text, for every format: the size is checked before anything is decoded, and bytes that
 * are not UTF-8 are refused (line 0: the whole input).
 */
export function decodeDocument(bytes: Uint8Array, limits: ParseLimits): string {
  if (bytes.byteLength > limits.maxBytes) {
    throw new KsrParseError(
      0,
      `document is ${bytes.byteLength} bytes, larger than the ${limits.maxBytes}-byte limit`,
    );
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new KsrParseError(0, "document is not valid UTF-8");
  }
}
