import "server-only";
import type { Queryable } from "@/db/client";
import { contingencyEvidence } from "@/db/schema";
import {
  checkEvidenceFiles,
  type EvidenceFile,
  type EvidenceUpload,
} from "@/lib/domain/contingency/evidence-files";
import { AppError } from "@/lib/errors";
import { dateOf, type Instant } from "@/lib/time";

/** What the timeline and the audit trail keep of a stored file: never its content. */
export interface EvidenceRecord {
  id: string;
  name: string;
  size: number;
  type: string;
  sha256: string;
}

export const filesRefused = (message: string) =>
  new AppError("invalid_input", "Check the highlighted fields.", { files: message });

/** The uploads fit to store, or the refusal naming each file that is not (before any write). */
export function acceptEvidence(uploads: readonly EvidenceUpload[]): EvidenceFile[] {
  const checked = checkEvidenceFiles(uploads);
  if (!checked.ok) throw filesRefused(checked.problems.join(" "));
  return checked.files;
}

/**
 * Stores a step's evidence files. The same bytes twice on one step (a retried form, one file picked
 * twice) are kept once: the unique (step, SHA-256) constraint decides, so only new files come back.
 */
export async function storeEvidence(
  tx: Queryable,
  step: { id: string; contingencyId: string },
  files: readonly EvidenceFile[],
  uploadedBy: string,
  now: Instant,
): Promise<EvidenceRecord[]> {
  const distinct = [...new Map(files.map((file) => [file.sha256, file])).values()];
  if (distinct.length === 0) return [];
  return tx
    .insert(contingencyEvidence)
    .values(
      distinct.map((file) => ({
        contingencyId: step.contingencyId,
        stepId: step.id,
        fileName: file.fileName,
        contentType: file.contentType,
        byteSize: file.byteSize,
        sha256: file.sha256,
        content: file.bytes,
        uploadedBy,
        uploadedAt: dateOf(now),
      })),
    )
    .onConflictDoNothing()
    .returning({
      id: contingencyEvidence.id,
      name: contingencyEvidence.fileName,
      size: contingencyEvidence.byteSize,
      type: contingencyEvidence.contentType,
      sha256: contingencyEvidence.sha256,
    });
}
