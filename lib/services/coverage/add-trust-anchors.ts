import "server-only";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { trustAnchors } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { parseTrustAnchors } from "@/lib/domain/trust";
import { AppError } from "@/lib/errors";
import { auditChange } from "@/lib/services/shared/audit-change";
import type { Instant } from "@/lib/time";
import { type AnchorInput, mayConfigure, recheckCoverage, sameAnchor } from "./anchor-change";

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
