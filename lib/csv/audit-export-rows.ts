import { type ChainedEvent, canonicalJson } from "@/lib/domain/audit-chain";
import { neutraliseFormula } from "./formula-cells";

export const EXPORT_FORMATS = ["csv", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * One exported event: exactly the fields `auditHash` covers (with `details` for the hashed `summary`),
 * plus the sequence number and the two hashes, so the chain can be recomputed outside the app.
 */
export function exportRecord(e: ChainedEvent) {
  return {
    seq: e.id,
    occurredAt: e.occurredAt.toISOString(),
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    details: e.summary,
    requestId: e.requestId,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

export function jsonLine(e: ChainedEvent): string {
  return `${JSON.stringify(exportRecord(e))}\n`;
}

export const CSV_COLUMNS = [
  "seq",
  "occurred_at",
  "actor_id",
  "actor_label",
  "action",
  "subject_type",
  "subject_id",
  "details",
  "request_id",
  "prev_hash",
  "hash",
] as const;

/** RFC 4180: a cell with a quote, comma or line break is quoted, its quotes doubled. */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** One CSV row; details are canonical JSON (sorted keys), as they are hashed. */
export function csvRow(e: ChainedEvent): string {
  const r = exportRecord(e);
  return csvLine([
    String(r.seq),
    r.occurredAt,
    r.actorId ?? "",
    r.actorLabel,
    r.action,
    r.subjectType,
    r.subjectId ?? "",
    canonicalJson(r.details),
    r.requestId ?? "",
    r.prevHash,
    r.hash,
  ]);
}
