import type { Queryable } from "@/db/client";
import { signingDocuments } from "@/db/schema";
import { hasErrors, inspectKsr, summarizeInspection } from "@/lib/domain/ksr";

/**
 * Stores an inspected KSR/SKR directly, for tests and the demo seed that need files on record without
 * going through an upload. `shiftMs` moves every bundle, to stand in for a later quarter's SKR.
 */
export async function createSigningDocument(
  db: Queryable,
  input: { bytes: Uint8Array; fileName: string; uploadedBy: string; uploadedAt?: Date; shiftMs?: number },
) {
  const summary = summarizeInspection(inspectKsr(input.bytes, { verifySignatures: false }));
  const shift = input.shiftMs ?? 0;
  const bundles = summary.bundles.map((b) => ({
    ...b,
    inception: b.inception + shift,
    expiration: b.expiration + shift,
  }));
  const [row] = await db
    .insert(signingDocuments)
    .values({
      type: summary.type,
      // A shifted copy is a different document: give it its own hash.
      sha256: shift
        ? `${summary.sha256.slice(0, 48)}${shift.toString(16).padStart(16, "0").slice(-16)}`
        : summary.sha256,
      fileName: input.fileName,
      byteSize: input.bytes.byteLength,
      content: Buffer.from(input.bytes).toString("utf8"),
      documentId: summary.id,
      serial: summary.serial,
      domain: summary.domain,
      firstInception: new Date(summary.firstInception + shift),
      lastExpiration: new Date(summary.lastExpiration + shift),
      bundles,
      findings: summary.findings,
      errorCount: summary.findings.filter((f) => f.severity === "error").length,
      warningCount: summary.findings.filter((f) => f.severity === "warning").length,
      uploadedBy: input.uploadedBy,
      ...(input.uploadedAt ? { uploadedAt: input.uploadedAt } : {}),
    })
    .returning();
  if (!row) throw new Error("signing document not stored");
  return { row, hasErrors: hasErrors(summary.findings) };
}
