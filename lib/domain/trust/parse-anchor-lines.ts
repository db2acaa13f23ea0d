import { buildAnchor } from "./build-anchor";
import type { AnchorInputError, TrustAnchor } from "./types";

interface Record {
  line: number;
  tokens: string[];
}

/** Zone-file records: comments (`;`) dropped, parenthesised records joined, each with its first line. */
function records(text: string): Record[] | AnchorInputError {
  const out: Record[] = [];
  let open = null as Record | null;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const content = (lines[i] as string).replace(/;.*$/, "");
    const current: Record = open ?? { line: i + 1, tokens: [] };
    for (const piece of content.split(/(\(|\))/)) {
      if (piece === "(") {
        if (open) return { line: i + 1, message: "a second opening parenthesis before the first closed" };
        open = current;
      } else if (piece === ")") {
        if (!open) return { line: i + 1, message: "a closing parenthesis without an opening one" };
        open = null;
      } else current.tokens.push(...piece.split(/\s+/).filter(Boolean));
    }
    if (!open && current.tokens.length > 0) out.push(current);
  }
  if (open) return { line: open.line, message: "the parenthesis opened here is never closed" };
  return out;
}

function anchorOf({ tokens }: Record): TrustAnchor | string {
  const typeAt = tokens.findIndex((token) => /^(DS|DNSKEY)$/i.test(token));
  if (typeAt < 0) return "not a DS or DNSKEY record";
  const [owner, ...middle] = tokens.slice(0, typeAt);
  if (owner === undefined) return 'start the record with its owner name ("." for the root zone)';
  // Between owner and type: an optional TTL and an optional class, in either order.
  if (middle.some((token) => !/^\d+$/.test(token) && token.toUpperCase() !== "IN") || middle.length > 2)
    return `unexpected "${middle.join(" ")}" between the owner and the record type`;
  const rdata = tokens.slice(typeAt + 1);
  if ((tokens[typeAt] as string).toUpperCase() === "DS") {
    const [keyTag, algorithm = "", digestType, ...digest] = rdata;
    if (digest.length === 0) return "a DS record is: owner DS key-tag algorithm digest-type digest";
    return buildAnchor({ owner, keyTag, algorithm, digestType, digest: digest.join("") });
  }
  const [flags, protocol, algorithm = "", ...key] = rdata;
  if (key.length === 0) return "a DNSKEY record is: owner DNSKEY flags protocol algorithm public-key";
  return buildAnchor({ owner, flags, protocol, algorithm, publicKey: key.join("") });
}

/** DS and DNSKEY records in presentation form, one or more, each error with its line. */
export function parseAnchorLines(text: string): { anchors: TrustAnchor[]; errors: AnchorInputError[] } {
  const found = records(text);
  if (!Array.isArray(found)) return { anchors: [], errors: [found] };
  const anchors: TrustAnchor[] = [];
  const errors: AnchorInputError[] = [];
  for (const record of found) {
    const anchor = anchorOf(record);
    if (typeof anchor === "string") errors.push({ line: record.line, message: anchor });
    else anchors.push(anchor);
  }
  return { anchors, errors };
}
