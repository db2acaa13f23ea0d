import "server-only";
import type { PgBoss } from "pg-boss";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { TrustAnchor } from "@/lib/domain/trust";
import { AppError } from "@/lib/errors";
import { enqueueInTransaction } from "@/lib/queue/boss";
import { QUEUES } from "@/lib/queue/queues";

export interface AnchorInput {
  /** Pasted records, or the text of an uploaded file. */
  text: string;
  /** The uploaded file's name, or null when pasted. */
  fileName: string | null;
}

type AnchorIdentity = Pick<TrustAnchor, "owner" | "keyTag" | "algorithm" | "digest" | "publicKey">;

export const sameAnchor = (a: AnchorIdentity, b: AnchorIdentity) =>
  a.owner === b.owner &&
  a.keyTag === b.keyTag &&
  a.algorithm === b.algorithm &&
  a.digest === b.digest &&
  a.publicKey === b.publicKey;

export function mayConfigure(actor: Actor) {
  if (!can(actor.roles, "coverage.configure"))
    throw new AppError("forbidden", "Only coordinators may change the trust anchors.");
}

/** Coverage depends on the anchors: the alert job re-reads it, as after an upload. */
export const recheckCoverage = (boss: PgBoss, tx: Parameters<typeof enqueueInTransaction>[1]) =>
  enqueueInTransaction(boss, tx, QUEUES.coverageCheck, { reason: "anchors" });
