import type { VerifiedSigner } from "./checks/signatures";
import type { Finding } from "./findings";
import type { Inspection } from "./inspect";
import type { DocumentFormat, DocumentType } from "./model";

export interface BundleSummary {
  id: string;
  inception: number;
  expiration: number;
  /** Key tags of every key in the bundle, as the document states them. */
  keyTags: number[];
  /** Key tags of the bundle's signatures. */
  signerKeyTags: number[];
  /** Signers whose signature verified; null when the signatures were not verified. */
  verifiedSigners: VerifiedSigner[] | null;
}

/** What the CLI prints and the app stores about one inspected document; instants in ms. */
export interface InspectionSummary {
  format: DocumentFormat;
  type: DocumentType;
  /** The document's own id and serial; null for a format without them (Knot text). */
  id: string | null;
  serial: number | null;
  domain: string;
  sha256: string;
  pgpWords: string[];
  firstInception: number;
  lastExpiration: number;
  bundles: BundleSummary[];
  findings: Pick<Finding, "severity" | "code" | "message">[];
}

export function summarizeInspection(inspection: Inspection): InspectionSummary {
  const { document } = inspection;
  const bundles = document.bundles.map((bundle, index) => ({
    id: bundle.id,
    inception: bundle.inception,
    expiration: bundle.expiration,
    keyTags: bundle.keys.map((key) => key.keyTag),
    signerKeyTags: bundle.signatures.map((signature) => signature.keyTag),
    verifiedSigners: inspection.verifiedSigners?.[index] ?? null,
  }));
  return {
    format: document.format,
    type: document.type,
    id: document.id ?? null,
    serial: document.serial ?? null,
    domain: document.domain,
    sha256: inspection.sha256,
    pgpWords: inspection.pgpWords,
    firstInception: Math.min(...bundles.map((b) => b.inception)),
    lastExpiration: Math.max(...bundles.map((b) => b.expiration)),
    bundles,
    findings: inspection.findings.map(({ severity, code, message }) => ({ severity, code, message })),
  };
}
