import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ceremonies, ceremonyKsrs, ksrVerifications, signingDocuments } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, personIdOf } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { type Instant, instantOfLocal, MS_PER_MINUTE } from "@/lib/time";
import { verificationSchema } from "@/lib/validation/ksr-link";
import { parseInput } from "@/lib/validation/parse-input";

// A clock a few minutes fast on the recorder's phone should not refuse an honest record.
const FUTURE_SLACK_MS = 5 * MS_PER_MINUTE;

/**
 * Records that staff read the linked KSR's hash to whoever produced it over another channel and every
 * word matched. The time is entered in the recorder's own zone (`zone`). The document must still be the one
 * linked, so a record made from a stale page never lands on a KSR that replaced it.
 */
export async function recordKsrVerification(db: Db, actor: Actor, zone: string, raw: unknown, now: Instant) {
  authorize(actor, "ksr.verify");
  const input = parseInput(verificationSchema, raw);
  const confirmedAt = new Date(instantOfLocal(input.date, input.time, zone));
  if (confirmedAt.getTime() > now + FUTURE_SLACK_MS)
    throw new AppError("invalid_input", "Check the time.", {
      date: "The confirmation cannot be in the future.",
    });
  return db.transaction(async (tx) => {
    const [link] = await tx
      .select({
        documentId: ceremonyKsrs.documentId,
        label: ceremonies.label,
        sha256: signingDocuments.sha256,
        uploadedAt: signingDocuments.uploadedAt,
      })
      .from(ceremonies)
      .leftJoin(ceremonyKsrs, eq(ceremonyKsrs.ceremonyId, ceremonies.id))
      .leftJoin(signingDocuments, eq(signingDocuments.id, ceremonyKsrs.documentId))
      .where(eq(ceremonies.id, input.ceremonyId));
    if (!link) throw new AppError("not_found", "That ceremony does not exist.");
    if (link.documentId !== input.documentId)
      throw new AppError(
        "conflict",
        `The KSR linked to ${link.label} changed since this page was loaded. Reload and verify the new one.`,
      );
    // Entered to the minute: compare with the minute the file arrived in.
    if (
      link.uploadedAt &&
      confirmedAt.getTime() < Math.floor(link.uploadedAt.getTime() / MS_PER_MINUTE) * MS_PER_MINUTE
    )
      throw new AppError("invalid_input", "Check the time.", {
        date: "The hash cannot have been confirmed before the KSR was uploaded.",
      });
    const [row] = await tx
      .insert(ksrVerifications)
      .values({
        ceremonyId: input.ceremonyId,
        documentId: input.documentId,
        confirmedBy: input.confirmedBy,
        channel: input.channel,
        confirmedAt,
        note: input.note ?? null,
        recordedBy: personIdOf(actor),
      })
      .returning({ id: ksrVerifications.id });
    await recordAudit(
      tx,
      actor,
      {
        action: "ceremony.ksr_verified",
        subjectType: "ceremony",
        subjectId: input.ceremonyId,
        summary: {
          after: {
            documentId: input.documentId,
            sha256: link.sha256,
            confirmedBy: input.confirmedBy,
            channel: input.channel,
            confirmedAt: confirmedAt.toISOString(),
          },
        },
      },
      now,
    );
    return row;
  });
}
