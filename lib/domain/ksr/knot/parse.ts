import { decodeDocument } from "../document-bytes";
import type { Bundle, DnsKey, DocumentType, KsrDocument, RrSignature } from "../model";
import { KsrParseError } from "../parse-error";
import { DEFAULT_LIMITS, type ParseLimits } from "../schema";
import { type DirectiveLine, readLines, type TextRecord } from "./lines";
import { knotRecord } from "./records";

// Knot DNS's offline-KSK files (keymgr generate-ksr / sign-ksr, Knot 3.x): master-file DNSKEY and RRSIG
// records in time slots, each opened by a header line and the whole closed by a "generated at" line:
//   ;; KeySigningRequest 1.0 1798761600 (2027-01-01T00:00:00Z) =========
//   ;; SignedKeyResponse 1.0 generated at 2026-12-07T21:03:36Z by Knot DNS 3.2.6

const NAMES: Record<string, DocumentType> = { KeySigningRequest: "KSR", SignedKeyResponse: "SKR" };
const HEADER = /^;; (KeySigningRequest|SignedKeyResponse) 1\.0 (\d{1,10}) \([^()]*\) =+$/;
const FOOTER = /^;; (KeySigningRequest|SignedKeyResponse) 1\.0 generated at \S+ by .+$/;

interface Slot {
  id: string;
  start: number;
  line: number;
  keys: DnsKey[];
  signatures: RrSignature[];
}

class KnotSink {
  type: DocumentType | null = null;
  domain: string | null = null;
  readonly slots: Slot[] = [];
  closedAt = 0;

  private typeOf(name: string, line: number): void {
    const type = NAMES[name] as DocumentType;
    if (this.type !== null && this.type !== type) {
      throw new KsrParseError(line, `a ${name} line in a ${this.type === "KSR" ? "KSR" : "SKR"}`);
    }
    this.type = type;
  }

  directive({ text, line }: DirectiveLine): void {
    if (this.closedAt > 0) throw new KsrParseError(line, 'text after the closing "generated at" line');
    const header = HEADER.exec(text);
    if (header) {
      this.typeOf(header[1] as string, line);
      const id = header[2] as string;
      this.slots.push({ id, start: Number(id) * 1000, line, keys: [], signatures: [] });
      return;
    }
    const footer = FOOTER.exec(text);
    if (!footer)
      throw new KsrParseError(line, 'unexpected ";;" line: not a time slot header or closing line');
    this.typeOf(footer[1] as string, line);
    this.closedAt = line;
  }

  record(record: TextRecord): void {
    if (this.closedAt > 0)
      throw new KsrParseError(record.line, 'a record after the closing "generated at" line');
    const slot = this.slots[this.slots.length - 1];
    if (!slot) {
      throw new KsrParseError(
        record.line,
        'a record before the first time slot header (";; KeySigningRequest 1.0 ..." or ";; SignedKeyResponse 1.0 ...")',
      );
    }
    const parsed = knotRecord(record);
    if (this.domain !== null && parsed.owner !== this.domain) {
      throw new KsrParseError(record.line, `record for ${parsed.owner} in a document for ${this.domain}`);
    }
    this.domain = parsed.owner;
    if (parsed.kind === "DNSKEY") slot.keys.push(parsed.key);
    else slot.signatures.push(parsed.signature);
  }
}

/**
 * Each slot as a bundle: it starts at its header's time; an SKR slot ends when its first signature
 * expires, a KSR slot (no signatures) when the next slot starts, the last one at its own start (Knot's
 * last slot is the end of the requested period).
 */
function bundles(slots: Slot[], type: DocumentType): Bundle[] {
  return slots.map((slot, index) => {
    const next = slots[index + 1];
    let expiration = next ? next.start : slot.start;
    if (type === "SKR" && slot.signatures.length > 0) {
      expiration = Math.min(...slot.signatures.map((signature) => signature.signatureExpiration));
    }
    const { id, start, keys, signatures, line } = slot;
    return { id, inception: start, expiration, keys, signatures, line };
  });
}

/** Parses a Knot DNS text KSR or SKR under the same limits as the XML path; throws KsrParseError with a line. */
export function parseKnotDocument(bytes: Uint8Array, limits: ParseLimits = DEFAULT_LIMITS): KsrDocument {
  const text = decodeDocument(bytes, limits);
  const sink = new KnotSink();
  readLines(
    text,
    {
      maxLineLength: limits.maxLineLength ?? (DEFAULT_LIMITS.maxLineLength as number),
      maxRecords: limits.maxRecords ?? (DEFAULT_LIMITS.maxRecords as number),
    },
    sink,
  );
  const { type, domain, slots } = sink;
  if (type === null || slots.length === 0) {
    throw new KsrParseError(
      1,
      'not a Knot DNS KSR/SKR: no ";; KeySigningRequest 1.0 ..." or ";; SignedKeyResponse 1.0 ..." time slot header',
    );
  }
  const empty = slots.find((slot) => slot.keys.length === 0);
  if (empty) throw new KsrParseError(empty.line, `time slot ${empty.id} holds no DNSKEY record`);
  if (sink.closedAt === 0) {
    const lines = text.split("\n").length;
    throw new KsrParseError(lines, 'no closing "generated at" line: the file is truncated');
  }
  return { format: "knot-text", type, domain: domain as string, bundles: bundles(slots, type) };
}
