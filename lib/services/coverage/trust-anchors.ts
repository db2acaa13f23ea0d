import "server-only";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { trustAnchors } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/policy";
import { parseTrustAnchors, type TrustAnchor } from "@/lib/domain/trust";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/queries/management/is-uuid";
import { enqueueInTransaction } from "@/lib/queue/boss";
import { QUEUES } from "@/lib/queue/queues";
import { auditChange } from "@/lib/services/shared/audit-change";
import type { Instant } from "@/lib/time";

export interface AnchorInput {
  /** Pasted records, or the text of an uploaded file. */
  text: string;
  /** The uploaded file's name, or null when pasted. */
  fileName: string | null;
}

type AnchorIdentity = Pick<TrustAnchor, "owner" | "keyTag" | "algorithm" | "digest" | "publicKey">;

const sameAnchor = (a: AnchorIdentity, b: AnchorIdentity) =>
  a.owner === b.owner &&
  a.keyTag === b.keyTag &&
  a.algorithm === b.algorithm &&
  a.digest === b.digest &&
  a.publicKey === b.publicKey;

function mayConfigure(actor: Actor) {
  if (!can(actor.roles, "coverage.configure"))
    throw new AppError("forbidden", "Only coordinators may change the trust anchors.");
}

/** Coverage depends on the anchors: the alert job re-reads it, as after an upload. */
const recheckCoverage = (boss: PgBoss, tx: Parameters<typeof enqueueInTransaction>[1]) =>
  enqueueInTransaction(boss, tx, QUEUES.coverageCheck, { reason: "anchors" });

/**
 * Adds the anchors in pasted DS/DNSKEY records or an RFC 9718 file, all or none: any line in error refuses
 * the whole input with each line's reason. Anchors already configured are skipped and said so.
 */
export async function addTrustAnchors(db: Db, boss: PgBoss, actor: Actor, input: AnchorInput, now: Instant) {
  authorize(actor, "coverage.configure");
  mayConfigure(actor);
  const parsed = parseTrustAnchors(input.text);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => (e.line > 0 ? `line ${e.line}: ${e.message}` : e.message));
    throw new AppError("invalid_input", "No anchor was added: the input has errors.", {
      anchors: lines.join("; "),
    });
  }
  return db.transaction(async (tx) => {
    const existing = await tx.select().from(trustAnchors).for("update");
    const fresh = parsed.anchors.filter((anchor) => !existing.some((row) => sameAnchor(row, anchor)));
    if (fresh.length === 0) return { added: [] as number[], skipped: parsed.anchors.map((a) => a.keyTag) };
    const source = input.fileName ? `uploaded file ${input.fileName}` : "pasted records";
    const rows = await tx
      .insert(trustAnchors)
      .values(
        fresh.map((anchor) => ({
          ...anchor,
          validFrom: anchor.validFrom === null ? null : new Date(anchor.validFrom),
          validUntil: anchor.validUntil === null ? null : new Date(anchor.validUntil),
          source,
          addedBy: actor.id,
        })),
      )
      .returning({ id: trustAnchors.id, keyTag: trustAnchors.keyTag, owner: trustAnchors.owner });
    await recheckCoverage(boss, tx);
    await auditChange(
      tx,
      actor,
      "coverage.trust_anchors_added",
      rows.map((r) => r.id).join(","),
      {
        before: null,
        after: rows.map((r) => ({ owner: r.owner, keyTag: r.keyTag })),
        source,
      },
      now,
    );
    const added = rows.map((r) => r.keyTag);
    return { added, skipped: parsed.anchors.filter((a) => !fresh.includes(a)).map((a) => a.keyTag) };
  });
}

/** Removes one anchor; bundles it alone trusted stop counting at once. */
export async function removeTrustAnchor(db: Db, boss: PgBoss, actor: Actor, id: unknown, now: Instant) {
  authorize(actor, "coverage.configure");
  mayConfigure(actor);
  if (typeof id !== "string" || !isUuid(id))
    throw new AppError("not_found", "That trust anchor does not exist.");
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(trustAnchors).where(eq(trustAnchors.id, id)).returning();
    if (!row) throw new AppError("not_found", "That trust anchor was already removed.");
    await recheckCoverage(boss, tx);
    await auditChange(
      tx,
      actor,
      "coverage.trust_anchor_removed",
      row.id,
      {
        before: {
          owner: row.owner,
          keyTag: row.keyTag,
          algorithm: row.algorithm,
          digest: row.digest,
          source: row.source,
        },
        after: null,
      },
      now,
    );
    return { keyTag: row.keyTag };
  });
}
