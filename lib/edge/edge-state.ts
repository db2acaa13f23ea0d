import "server-only";
/**
 * What the HTTP edge (scripts/serve.ts) and the app share inside one server process: counters of
 * refused requests for /metrics, and whether the database was last seen unreachable. Kept on
 * globalThis because the edge and Next's server bundle load separate copies of this module.
 */
export const REFUSAL_REASONS = [
  "body_too_large",
  "length_required",
  "wrong_host",
  "mailbox_not_loopback",
  "session_rejected",
  "foreign_origin",
  "link_refused",
  "rate_limited",
  "busy",
  "database_unavailable",
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

interface EdgeState {
  refused: Record<RefusalReason, number>;
  /** Set when a request met an unreachable database; cleared by the edge's next successful probe. */
  databaseDown: boolean;
}

type Holder = { ceremonyDeskEdge?: EdgeState };

export function edgeState(): EdgeState {
  const holder = globalThis as Holder;
  holder.ceremonyDeskEdge ??= {
    refused: Object.fromEntries(REFUSAL_REASONS.map((reason) => [reason, 0])) as Record<
      RefusalReason,
      number
    >,
    databaseDown: false,
  };
  return holder.ceremonyDeskEdge;
}

export function countRefusal(reason: RefusalReason): void {
  edgeState().refused[reason] += 1;
}
