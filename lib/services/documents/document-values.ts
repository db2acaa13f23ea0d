import "server-only";
import type { signingDocuments } from "@/db/schema";
import { type InspectionSummary, inspectKsr, KsrParseError, summarizeInspection } from "@/lib/domain/ksr";
import { AppError } from "@/lib/errors";

/** The largest KSR/SKR accepted: real ones are 15-30 kB, so 1 MiB leaves room without inviting abuse. */
export const MAX_DOCUMENT_BYTES = 1_048_576;

export interface DocumentUpload {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Inspects an uploaded file. A document that cannot be parsed (hostile, malformed, too large) is refused
 * with the parser's reason, which names the line; one that parses is kept even when checks fail, so
 * people can see the findings.
 */
export function inspectUpload({ fileName, bytes }: DocumentUpload): InspectionSummary {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new AppError(
      "too_large",
      `${fileName} is ${bytes.byteLength} bytes; the limit is ${MAX_DOCUMENT_BYTES} bytes (1 MiB).`,
    );
  }
  try {
    return summarizeInspection(inspectKsr(bytes));
  } catch (error) {
    if (error instanceof KsrParseError) throw new AppError("invalid_input", `${fileName}: ${error.message}`);
    throw error;
  }
}

/** The row stored for an inspected upload: the file as sent and its summary, instants as timestamps. */
export function documentValues(
  summary: InspectionSummary,
  upload: DocumentUpload,
  uploadedBy: string,
): typeof signingDocuments.$inferInsert {
  const errorCount = summary.findings.filter((f) => f.severity === "error").length;
  return {
    type: summary.type,
    sha256: summary.sha256,
    fileName: upload.fileName,
    byteSize: upload.bytes.byteLength,
    // The parser accepted it, so it is valid UTF-8; the SHA-256 stays the authority on the exact bytes.
    content: new TextDecoder().decode(upload.bytes),
    format: summary.format,
    // A Knot text document has no id or serial: null, as in the summary and the CLI.
    documentId: summary.id,
    serial: summary.serial,
    domain: summary.domain,
    firstInception: new Date(summary.firstInception),
    lastExpiration: new Date(summary.lastExpiration),
    bundles: summary.bundles,
    findings: summary.findings,
    errorCount,
    warningCount: summary.findings.length - errorCount,
    uploadedBy,
  };
}
