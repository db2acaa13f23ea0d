import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { people, signingDocuments } from "@/db/schema";

/**
 * Uploaded KSRs and SKRs, newest upload first, without their content or bundles: what the list shows.
 * Capped so the page costs the same however many documents pile up over the years.
 */
export async function listDocuments(db: Queryable, limit = 200) {
  return db
    .select({
      id: signingDocuments.id,
      type: signingDocuments.type,
      documentId: signingDocuments.documentId,
      serial: signingDocuments.serial,
      fileName: signingDocuments.fileName,
      bundleCount: sql<number>`jsonb_array_length(${signingDocuments.bundles})`.mapWith(Number),
      firstInception: signingDocuments.firstInception,
      lastExpiration: signingDocuments.lastExpiration,
      errorCount: signingDocuments.errorCount,
      warningCount: signingDocuments.warningCount,
      uploadedBy: people.name,
      uploadedAt: signingDocuments.uploadedAt,
    })
    .from(signingDocuments)
    .innerJoin(people, eq(people.id, signingDocuments.uploadedBy))
    .orderBy(desc(signingDocuments.uploadedAt), desc(signingDocuments.id))
    .limit(limit);
}

export type DocumentListRow = Awaited<ReturnType<typeof listDocuments>>[number];
