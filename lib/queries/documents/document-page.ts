import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { people, signingDocuments } from "@/db/schema";
import { pgpWords } from "@/lib/domain/ksr";
import { assessBundle } from "@/lib/domain/trust";
import { loadTrustAnchors } from "@/lib/queries/coverage/trust-anchors";
import { isUuid } from "@/lib/queries/management/is-uuid";

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

/**
 * One document for its detail page, or null for an unknown or malformed id. The XML itself stays in the
 * database; the PGP words are derived from the stored SHA-256 for reading aloud to the ZSK operator.
 */
export async function documentPage(db: Queryable, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      id: signingDocuments.id,
      type: signingDocuments.type,
      documentId: signingDocuments.documentId,
      serial: signingDocuments.serial,
      format: signingDocuments.format,
      domain: signingDocuments.domain,
      sha256: signingDocuments.sha256,
      fileName: signingDocuments.fileName,
      byteSize: signingDocuments.byteSize,
      firstInception: signingDocuments.firstInception,
      lastExpiration: signingDocuments.lastExpiration,
      bundles: signingDocuments.bundles,
      findings: signingDocuments.findings,
      errorCount: signingDocuments.errorCount,
      warningCount: signingDocuments.warningCount,
      uploadedBy: people.name,
      uploadedByEmail: people.email,
      uploadedAt: signingDocuments.uploadedAt,
    })
    .from(signingDocuments)
    .innerJoin(people, eq(people.id, signingDocuments.uploadedBy))
    .where(eq(signingDocuments.id, id));
  if (!row) return null;
  // Errors first; within a severity the order the checks reported them (bundle order) is kept.
  const findings = [...row.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  // An SKR's bundles, each with whether it counts toward coverage as the coverage page counts it.
  const anchors = row.type === "SKR" ? await loadTrustAnchors(db) : null;
  const bundles = row.bundles.map((bundle) => ({
    ...bundle,
    assessment: anchors ? assessBundle(bundle, row.domain, anchors) : null,
  }));
  return { ...row, bundles, findings, pgpWords: pgpWords(Buffer.from(row.sha256, "hex")) };
}

export type DocumentPage = NonNullable<Awaited<ReturnType<typeof documentPage>>>;
