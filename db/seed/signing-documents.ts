import type { Queryable } from "@/db/client";
import { signingDocuments } from "@/db/schema";
import { inspectKsr, summarizeInspection } from "@/lib/domain/ksr";
import { documentValues } from "@/lib/services/documents/document-values";

/**
 * Stores an inspected KSR/SKR directly, for tests that need files on record without going through an
 * upload. `shiftMs` moves every bundle, and the period of each signature that verified on the real file,
 * to stand in for a later quarter's SKR signed by the same keys (an upload of such a file would fail
 * verification: the upload tests cover that).
 */
export async function createSigningDocument(
  db: Queryable,
  input: { bytes: Uint8Array; fileName: string; uploadedBy: string; uploadedAt?: Date; shiftMs?: number },
) {
  const summary = summarizeInspection(inspectKsr(input.bytes));
  const shift = input.shiftMs ?? 0;
  const values = documentValues(summary, input, input.uploadedBy);
  const [row] = await db
    .insert(signingDocuments)
    .values({
      ...values,
      ...(input.uploadedAt ? { uploadedAt: input.uploadedAt } : {}),
      ...(shift
        ? {
            // A shifted copy is another document: give it a hash of its own.
            sha256: `${summary.sha256.slice(0, 48)}${shift.toString(16).padStart(16, "0").slice(-16)}`,
            firstInception: new Date(summary.firstInception + shift),
            lastExpiration: new Date(summary.lastExpiration + shift),
            bundles: summary.bundles.map((b) => ({
              ...b,
              inception: b.inception + shift,
              expiration: b.expiration + shift,
              verifiedSigners:
                b.verifiedSigners?.map((signer) => ({
                  ...signer,
                  inception: signer.inception + shift,
                  expiration: signer.expiration + shift,
                })) ?? null,
            })),
          }
        : {}),
    })
    .returning();
  if (!row) throw new Error("signing document not stored");
  return { row };
}
