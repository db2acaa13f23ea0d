import { createHash } from "node:crypto";
import { checkDocument } from "./checks/document";
import { checkKeys } from "./checks/keys";
import { checkSignatureWindows, type VerifiedSigner, verifySignatures } from "./checks/signatures";
import { checkHorizon, checkTimeline } from "./checks/timeline";
import { parseAnyKsrDocument } from "./detect-format";
import type { Finding } from "./findings";
import { type InspectionPolicy, KNOT_INSPECTION_POLICY, ROOT_INSPECTION_POLICY } from "./inspection-policy";
import type { DocumentFormat, KsrDocument } from "./model";
import { pgpWords } from "./pgp-words";

export interface InspectOptions {
  policy?: InspectionPolicy;
  /** Verify every signature with node:crypto (default true). The bench measures it separately. */
  verifySignatures?: boolean;
  /** Signing time for the expiration-horizon check; the check is skipped without it. */
  now?: number;
  /** The document's format; detected from the content when not given. */
  format?: DocumentFormat;
}

export interface Inspection {
  document: KsrDocument;
  sha256: string;
  /** The SHA-256 as PGP words, for reading aloud to the ZSK operator. */
  pgpWords: string[];
  findings: Finding[];
  /** Per bundle, the signers whose signature verified; null when verification was not asked for. */
  verifiedSigners: VerifiedSigner[][] | null;
}

/** Structural and policy checks only: everything except signature cryptography. */
export function checkDocumentPolicy(document: KsrDocument, options: InspectOptions = {}): Finding[] {
  const policy =
    options.policy ?? (document.format === "knot-text" ? KNOT_INSPECTION_POLICY : ROOT_INSPECTION_POLICY);
  // Every check appends to the one list, in this order.
  const findings: Finding[] = [];
  checkDocument(document, policy, findings);
  checkTimeline(document, policy, findings);
  checkKeys(document, policy, findings);
  checkSignatureWindows(document, findings);
  if (options.now !== undefined) checkHorizon(document, policy, options.now, findings);
  return findings;
}

/** Parses (throws KsrParseError) and checks one KSR/SKR document, IANA XML or Knot text, given as bytes. */
export function inspectKsr(bytes: Uint8Array, options: InspectOptions = {}): Inspection {
  const document = parseAnyKsrDocument(bytes, options.format ? { format: options.format } : {});
  const digest = createHash("sha256").update(bytes).digest();
  const findings = checkDocumentPolicy(document, options);
  let verifiedSigners: VerifiedSigner[][] | null = null;
  if (options.verifySignatures !== false) {
    const verification = verifySignatures(document);
    findings.push(...verification.findings);
    verifiedSigners = verification.verifiedSigners;
  }
  return { document, sha256: digest.toString("hex"), pgpWords: pgpWords(digest), findings, verifiedSigners };
}
