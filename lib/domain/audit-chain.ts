import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface AuditContent {
  occurredAt: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  summary: Record<string, unknown>;
  requestId: string | null;
}

/** JSON with keys sorted at every level, so the same content always hashes the same after jsonb. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** Hashes exactly the content fields (never id or hashes), so a stored row re-hashes to the same value. */
export function auditHash(prevHash: string, content: AuditContent): string {
  const fields = {
    occurredAt: content.occurredAt.toISOString(),
    actorId: content.actorId,
    actorLabel: content.actorLabel,
    action: content.action,
    subjectType: content.subjectType,
    subjectId: content.subjectId,
    summary: content.summary,
    requestId: content.requestId,
  };
  return createHash("sha256").update(prevHash).update("\n").update(canonicalJson(fields)).digest("hex");
}

export interface ChainedEvent extends AuditContent {
  id: number;
  prevHash: string;
  hash: string;
}

export type ChainBreak = { id: number; reason: "prev_hash_mismatch" | "content_hash_mismatch" };

/**
 * Checks one page of events in id order, continuing from the hash of the event before the page.
 * Returns the first broken link, or the hash to continue the next page from.
 */
export function verifyChainPage(
  expectedPrev: string,
  events: readonly ChainedEvent[],
): { broken: ChainBreak } | { lastHash: string } {
  let prev = expectedPrev;
  for (const event of events) {
    if (event.prevHash !== prev) return { broken: { id: event.id, reason: "prev_hash_mismatch" } };
    if (auditHash(event.prevHash, event) !== event.hash) {
      return { broken: { id: event.id, reason: "content_hash_mismatch" } };
    }
    prev = event.hash;
  }
  return { lastHash: prev };
}
