import "server-only";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { signingDocuments } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { DocumentType } from "@/lib/domain/ksr";
import { AppError } from "@/lib/errors";
import { enqueueInTransaction } from "@/lib/queue/boss";
import { QUEUES } from "@/lib/queue/queues";
import type { Instant } from "@/lib/time";
import { type DocumentUpload, documentValues, inspectUpload } from "./document-values";

const resultColumns = {
  id: signingDocuments.id,
  type: signingDocuments.type,
  sha256: signingDocuments.sha256,
  errorCount: signingDocuments.errorCount,
  warningCount: signingDocuments.warningCount,
};

export type UploadResult = {
  id: string;
  type: DocumentType;
  sha256: string;
  errorCount: number;
  warningCount: number;
  created: boolean;
};

/**
 * Stores an uploaded KSR or SKR with its inspection. Idempotent by SHA-256: the same bytes again (a
 * retry, a second person, a double drop) return the row already on file with created:false and record
 * nothing. The unique constraint decides, so two simultaneous uploads cannot both create a row.
 * A new SKR changes coverage, so it queues a coverage check in the same transaction.
 */
export async function uploadDocument(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  upload: DocumentUpload,
  now: Instant,
): Promise<UploadResult> {
  authorize(actor, "documents.upload");
  if (!actor.id) throw new AppError("unauthenticated", "Sign in first.");
  const uploadedBy = actor.id;
  const summary = inspectUpload(upload);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(signingDocuments)
      .values(documentValues(summary, upload, uploadedBy))
      .onConflictDoNothing({ target: signingDocuments.sha256 })
      .returning(resultColumns);
    if (!row) {
      const [existing] = await tx
        .select(resultColumns)
        .from(signingDocuments)
        .where(eq(signingDocuments.sha256, summary.sha256));
      if (!existing) throw new AppError("internal", `${upload.fileName} was not stored.`);
      return { ...existing, created: false };
    }
    if (row.type === "SKR") {
      await enqueueInTransaction(boss, tx, QUEUES.coverageCheck, { reason: "upload", documentId: row.id });
    }
    // Last, so the audit chain's lock is held only for the insert and the commit.
    await recordAudit(
      tx,
      actor,
      {
        action: "document.uploaded",
        subjectType: "signing_document",
        subjectId: row.id,
        summary: {
          type: row.type,
          id: summary.id,
          serial: summary.serial,
          sha256: row.sha256,
          fileName: upload.fileName,
          errorCount: row.errorCount,
          warningCount: row.warningCount,
        },
      },
      now,
    );
    return { ...row, created: true };
  });
}
