import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ceremonies, ceremonyKsrs, signingDocuments } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, personIdOf } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { isEditable } from "@/lib/domain/ceremony-lifecycle";
import { ksrPeriodMismatch } from "@/lib/domain/ksr/signable-period";
import { AppError } from "@/lib/errors";
import { dateOf, type Instant } from "@/lib/time";
import { linkKsrSchema } from "@/lib/validation/ksr-link";
import { parseInput } from "@/lib/validation/parse-input";

/** Ties a key signing ceremony to the KSR it will sign, or unties it when no document is given. */
export async function linkKsr(db: Db, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "ceremonies.link_ksr");
  const input = parseInput(linkKsrSchema, raw);
  return db.transaction(async (tx) => {
    const [ceremony] = await tx
      .select({
        id: ceremonies.id,
        label: ceremonies.label,
        kind: ceremonies.kind,
        status: ceremonies.status,
        startsAt: ceremonies.startsAt,
      })
      .from(ceremonies)
      .where(eq(ceremonies.id, input.ceremonyId))
      .for("update");
    if (!ceremony) throw new AppError("not_found", "That ceremony does not exist.");
    if (ceremony.kind !== "key_signing")
      throw new AppError(
        "invalid_input",
        `${ceremony.label} is not a key signing ceremony: it signs no KSR.`,
      );
    if (!isEditable(ceremony.status))
      throw new AppError(
        "invalid_input",
        `${ceremony.label} is ${ceremony.status}: its KSR can no longer change.`,
      );
    const [before] = await tx.select().from(ceremonyKsrs).where(eq(ceremonyKsrs.ceremonyId, ceremony.id));
    if (input.documentId === undefined) {
      if (!before) return { changed: false };
      await tx.delete(ceremonyKsrs).where(eq(ceremonyKsrs.ceremonyId, ceremony.id));
    } else {
      const [document] = await tx
        .select({
          id: signingDocuments.id,
          type: signingDocuments.type,
          errorCount: signingDocuments.errorCount,
          firstInception: signingDocuments.firstInception,
          lastExpiration: signingDocuments.lastExpiration,
        })
        .from(signingDocuments)
        .where(eq(signingDocuments.id, input.documentId));
      if (document?.type !== "KSR")
        throw new AppError("invalid_input", "Check the KSR.", { documentId: "Choose a KSR from the list." });
      if (before?.documentId === document.id) return { changed: false };
      if (document.errorCount > 0)
        throw new AppError("invalid_input", "This KSR cannot be signed.", {
          documentId: `It has ${document.errorCount} error finding${document.errorCount === 1 ? "" : "s"}; upload a corrected KSR.`,
        });
      const mismatch = ksrPeriodMismatch(
        {
          firstInception: document.firstInception.getTime(),
          lastExpiration: document.lastExpiration.getTime(),
        },
        ceremony.startsAt.getTime(),
      );
      if (mismatch && !input.confirmPeriod)
        throw new AppError("invalid_input", "Confirm the KSR's period.", {
          confirmPeriod: `${mismatch} Tick the box to link it anyway.`,
        });
      await tx
        .insert(ceremonyKsrs)
        .values({ ceremonyId: ceremony.id, documentId: document.id, linkedBy: personIdOf(actor) })
        .onConflictDoUpdate({
          target: ceremonyKsrs.ceremonyId,
          set: { documentId: document.id, linkedBy: personIdOf(actor), linkedAt: dateOf(now) },
        });
    }
    await recordAudit(
      tx,
      actor,
      {
        action: input.documentId ? "ceremony.ksr_linked" : "ceremony.ksr_unlinked",
        subjectType: "ceremony",
        subjectId: ceremony.id,
        summary: {
          before: { documentId: before?.documentId ?? null },
          after: { documentId: input.documentId ?? null },
        },
      },
      now,
    );
    return { changed: true };
  });
}
