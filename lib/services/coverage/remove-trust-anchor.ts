import "server-only";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { trustAnchors } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/queries/management/is-uuid";
import { auditChange } from "@/lib/services/shared/audit-change";
import type { Instant } from "@/lib/time";
import { mayConfigure, recheckCoverage } from "./anchor-change";

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
