import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { signingDocuments } from "@/db/schema";
import { inspectKsr, summarizeInspection } from "@/lib/domain/ksr";

/**
 * Re-inspects the stored SKRs whose bundles were saved before the verified signers were kept (coverage
 * counts such bundles as not verified), and stores each bundle's verified signers. Runs at start-up;
 * after one pass there is nothing left to do. Returns how many documents were updated.
 */
export async function reverifyStoredDocuments(db: Queryable): Promise<number> {
  const rows = await db
    .select({ id: signingDocuments.id, content: signingDocuments.content, bundles: signingDocuments.bundles })
    .from(signingDocuments)
    .where(eq(signingDocuments.type, "SKR"));
  let updated = 0;
  for (const row of rows) {
    if (row.bundles.every((bundle) => bundle.verifiedSigners !== undefined)) continue;
    const summary = summarizeInspection(inspectKsr(Buffer.from(row.content, "utf8")));
    await db
      .update(signingDocuments)
      .set({ bundles: summary.bundles })
      .where(eq(signingDocuments.id, row.id));
    updated++;
  }
  return updated;
}
