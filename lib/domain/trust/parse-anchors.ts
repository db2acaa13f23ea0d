import { parseAnchorLines } from "./parse-anchor-lines";
import { parseAnchorXml } from "./parse-anchor-xml";
import { type AnchorParseResult, MAX_ANCHOR_INPUT_BYTES, MAX_ANCHORS } from "./types";

/**
 * Trust anchors from what a coordinator pastes or uploads: IANA's root-anchors.xml (RFC 9718) when the
 * text starts with "<", otherwise DS and DNSKEY records. All or nothing: any bad entry fails the whole
 * input, every error with its line, so nothing is half-added.
 */
export function parseTrustAnchors(text: string): AnchorParseResult {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_ANCHOR_INPUT_BYTES)
    return {
      ok: false,
      errors: [{ line: 0, message: `the input is ${bytes} bytes; the limit is ${MAX_ANCHOR_INPUT_BYTES}` }],
    };
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  const { anchors, errors } = trimmed.startsWith("<") ? parseAnchorXml(trimmed) : parseAnchorLines(text);
  if (errors.length > 0) return { ok: false, errors };
  if (anchors.length === 0)
    return { ok: false, errors: [{ line: 0, message: "no DS or DNSKEY record, or <KeyDigest>, was found" }] };
  if (anchors.length > MAX_ANCHORS)
    return {
      ok: false,
      errors: [{ line: 0, message: `${anchors.length} anchors; at most ${MAX_ANCHORS} at once` }],
    };
  return { ok: true, anchors };
}
