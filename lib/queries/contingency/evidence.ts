import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { contingencyEvidence, people } from "@/db/schema";
import { isUuid } from "@/lib/queries/management/is-uuid";

export type EvidenceListing = Awaited<ReturnType<typeof workflowEvidence>>[number];

/** A workflow's evidence files for pages and the report: what identifies each, never the content. */
export function workflowEvidence(db: Queryable, contingencyId: string) {
  return (
    db
      .select({
        id: contingencyEvidence.id,
        stepId: contingencyEvidence.stepId,
        fileName: contingencyEvidence.fileName,
        contentType: contingencyEvidence.contentType,
        byteSize: contingencyEvidence.byteSize,
        sha256: contingencyEvidence.sha256,
        uploadedAt: contingencyEvidence.uploadedAt,
        uploadedBy: people.name,
      })
      .from(contingencyEvidence)
      .innerJoin(people, eq(people.id, contingencyEvidence.uploadedBy))
      .where(eq(contingencyEvidence.contingencyId, contingencyId))
      // Byte order ("C") rather than the server's collation, so every database lists them alike.
      .orderBy(asc(contingencyEvidence.uploadedAt), asc(sql`${contingencyEvidence.fileName} collate "C"`))
  );
}

/** One stored file with its bytes, only when it belongs to that workflow. */
export async function evidenceFile(db: Queryable, contingencyId: string, evidenceId: string) {
  if (!isUuid(contingencyId) || !isUuid(evidenceId)) return null;
  const [row] = await db
    .select({
      fileName: contingencyEvidence.fileName,
      contentType: contingencyEvidence.contentType,
      sha256: contingencyEvidence.sha256,
      content: contingencyEvidence.content,
    })
    .from(contingencyEvidence)
    .where(and(eq(contingencyEvidence.id, evidenceId), eq(contingencyEvidence.contingencyId, contingencyId)));
  return row ?? null;
}
