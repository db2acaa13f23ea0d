import "server-only";
import { lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditCheckpoints, auditEvents } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { signCheckpoint } from "@/lib/domain/audit-checkpoint";
import { AppError } from "@/lib/errors";
import { type StoredCheckpoint, verifyTrail } from "@/lib/queries/audit-verify";
import { checkpointSigningKey } from "@/lib/secrets/derived-keys";
import { dateOf, type Instant } from "@/lib/time";

export type CheckpointOutcome =
  | { created: true; checkpoint: StoredCheckpoint }
  | { created: false; checkpoint: StoredCheckpoint | null; reason: "no_new_events" };

/**
 * Signs the trail's current length and head, after verifying what was added since the last checkpoint:
 * a broken trail is never signed (the refusal names the problem). Made by the hourly job and on an
 * auditor's or coordinator's request (`actor`), which is itself audited after the checkpoint.
 */
export async function makeCheckpoint(db: Db, actor: Actor | null, now: Instant): Promise<CheckpointOutcome> {
  const keys = checkpointSigningKey();
  const report = await verifyTrail(db, keys.publicKey);
  if (report.problem) {
    throw new AppError(
      "conflict",
      `The trail does not verify, so it was not signed: ${report.problem.message}.`,
    );
  }
  const latest = report.latestCheckpoint;
  if (report.headId === null || report.headHash === null || latest?.headId === report.headId) {
    return { created: false, checkpoint: latest, reason: "no_new_events" };
  }
  // Counted up to the head just walked: events added since then belong to the next checkpoint.
  const eventCount = await db.$count(auditEvents, lte(auditEvents.id, report.headId));
  const signed = signCheckpoint(
    {
      eventCount,
      headId: report.headId,
      headHash: report.headHash,
      signedAt: dateOf(now),
    },
    keys.privateKey,
    keys.publicKey,
  );
  const [row] = await db
    .insert(auditCheckpoints)
    .values({ ...signed, requestedBy: actor?.label ?? "schedule" })
    .returning();
  const checkpoint = row as StoredCheckpoint;
  if (actor) {
    await db.transaction((tx) =>
      recordAudit(
        tx,
        actor,
        {
          action: "audit.checkpoint_made",
          subjectType: "audit_checkpoint",
          subjectId: String(checkpoint.id),
          summary: { eventCount: checkpoint.eventCount, headId: checkpoint.headId, keyId: checkpoint.keyId },
        },
        now,
      ),
    );
  }
  return { created: true, checkpoint };
}
