import { createHash } from "node:crypto";
import { cleanFileName, extensionOf } from "@/lib/domain/files/file-name";
import {
  type EvidenceMediaType,
  EXTENSIONS,
  KIND_NAMES,
  sniffMediaType,
} from "@/lib/domain/files/sniff-type";

import { selectionProblems } from "./evidence-limits";

// The files a step's owner leaves as evidence, checked before anything is stored.

/** A file as it arrived: the name the sender gave it and its bytes. */
export interface EvidenceUpload {
  name: string;
  bytes: Uint8Array;
}

/** A file fit to store: its cleaned name, the type read from its content, size and SHA-256 (hex). */
export interface EvidenceFile {
  fileName: string;
  contentType: EvidenceMediaType;
  byteSize: number;
  sha256: string;
  bytes: Uint8Array;
}

export type EvidenceCheck = { ok: true; files: EvidenceFile[] } | { ok: false; problems: string[] };

const UNNAMED = "(unnamed file)";

/** The type of one file read from its content, or why it cannot be kept. */
function typeOf(fileName: string, bytes: Uint8Array): { type: EvidenceMediaType } | { problem: string } {
  const shown = fileName || UNNAMED;
  if (bytes.byteLength === 0) return { problem: `${shown}: the file is empty.` };
  const extension = extensionOf(fileName);
  const type = sniffMediaType(bytes, extension);
  if (!type) return { problem: `${shown}: only PDF, PNG, JPEG or plain-text files can be attached.` };
  const expected = EXTENSIONS[type];
  if (!expected.includes(extension))
    return {
      problem: `${shown}: the file is ${KIND_NAMES[type]} but its name does not end in ${expected.join(" or ")}; rename it and attach it again.`,
    };
  return { type };
}

/**
 * Checks one submission of evidence files: at most 5, each at most 5 MiB, 10 MiB together, each a PDF,
 * PNG, JPEG or plain text by its content with a name to match. Either every file is fit or nothing is:
 * the problems name each file that is not.
 */
export function checkEvidenceFiles(uploads: readonly EvidenceUpload[]): EvidenceCheck {
  const named = uploads.map((upload) => ({ ...upload, fileName: cleanFileName(upload.name) }));
  const sizes = selectionProblems(
    named.map((u) => ({ name: u.fileName || UNNAMED, size: u.bytes.byteLength })),
  );
  if (sizes.length > 0) return { ok: false, problems: sizes };
  const problems: string[] = [];
  const files: EvidenceFile[] = [];
  for (const { fileName, bytes } of named) {
    const verdict = typeOf(fileName, bytes);
    if ("problem" in verdict) {
      problems.push(verdict.problem);
      continue;
    }
    files.push({
      fileName,
      contentType: verdict.type,
      byteSize: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes,
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files };
}
