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

/**
 * What is wrong at the first bad place in the chain, named exactly:
 * - altered: the event's content no longer hashes to its stored hash, or its hash was recomputed so
 *   that the next event no longer links to it;
 * - deleted: the event is intact but the one it links back to is gone (between `afterId` and `id`);
 * - reordered: the event links back to an event that is present (earlier, or later in the same page),
 *   but not the one before it.
 */
export type ChainBreak =
  | { kind: "altered"; id: number }
  | { kind: "deleted"; id: number; afterId: number | null }
  | { kind: "reordered"; id: number; linksTo: number };

/**
 * Walks events in id order, a page at a time, remembering the hashes it has seen so that a link to
 * an earlier event (reordering) is told apart from a link to one that is gone (deletion).
 */
export class ChainWalker {
  private seen = new Map<string, number>();
  private lastId: number | null;
  checked = 0;

  constructor(
    private prev: string = GENESIS_HASH,
    startAfterId: number | null = null,
  ) {
    this.lastId = startAfterId;
  }

  get lastHash(): string {
    return this.prev;
  }

  /** Checks the next events; returns the first break, or null when all of them hold. */
  walk(events: readonly ChainedEvent[]): ChainBreak | null {
    for (const [index, event] of events.entries()) {
      if (auditHash(event.prevHash, event) !== event.hash) return { kind: "altered", id: event.id };
      if (event.prevHash !== this.prev) {
        const linksTo =
          this.seen.get(event.prevHash) ??
          events.slice(index + 1).find((later) => later.hash === event.prevHash)?.id;
        if (linksTo !== undefined) return { kind: "reordered", id: event.id, linksTo };
        // Ids come from a sequence: with none missing, nothing was deleted here, so the event before
        // was rewritten and its hash recomputed (the next event still links to the old hash).
        if (this.lastId !== null && event.id === this.lastId + 1) return { kind: "altered", id: this.lastId };
        return { kind: "deleted", id: event.id, afterId: this.lastId };
      }
      this.seen.set(event.hash, event.id);
      this.prev = event.hash;
      this.lastId = event.id;
      this.checked += 1;
    }
    return null;
  }
}

/** The break in words an auditor reads, with the event ids to look at. */
export function describeBreak(broken: ChainBreak): string {
  switch (broken.kind) {
    case "altered":
      return `event #${broken.id} was altered: its content no longer matches its hash`;
    case "reordered":
      return `event #${broken.id} is out of order: it links back to event #${broken.linksTo}`;
    case "deleted": {
      if (broken.afterId === null)
        return `events before #${broken.id} were deleted (the trail no longer starts at its first event)`;
      const missing = broken.id - broken.afterId - 1;
      return missing > 0
        ? `events were deleted between #${broken.afterId} and #${broken.id} (${missing === 1 ? `#${broken.afterId + 1} is` : `#${broken.afterId + 1} to #${broken.id - 1} are`} missing)`
        : `an event between #${broken.afterId} and #${broken.id} was deleted`;
    }
  }
}
