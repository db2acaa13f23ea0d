import { AppError } from "@/lib/errors";
import { readBodyLimited } from "./read-body";

export const FILE_NAME_HEADER = "x-file-name";
export const DEFAULT_FILE_NAME = "upload.xml";
const MAX_FILE_NAME = 200;
// IANA XML, or a Knot DNS text file as text/dns (RFC 4027, DNS master files). None is a type a
// cross-site form may send without a preflight, unlike text/plain.
const DOCUMENT_MEDIA_TYPES = ["application/xml", "text/xml", "text/dns"];
// Control and format characters (including bidi overrides that make "lmx.exe" read as "exe.xml").
const UNPRINTABLE = /[\p{Cc}\p{Cf}]/u;

/** application/xml, text/xml or text/dns, with or without parameters such as charset. */
export function isDocumentContentType(header: string | null): boolean {
  const type = header?.split(";")[0]?.trim().toLowerCase();
  return type !== undefined && DOCUMENT_MEDIA_TYPES.includes(type);
}

/**
 * The name the uploader gave the file. Header values cannot carry non-Latin-1 text, so the page sends
 * it percent-encoded; a plain name (curl) decodes to itself. It is only ever shown, never a path.
 */
export function fileNameFrom(header: string | null): string {
  const raw = header?.trim() ?? "";
  if (raw === "") return DEFAULT_FILE_NAME;
  let name = raw;
  try {
    name = decodeURIComponent(raw).trim();
  } catch {
    // Not percent-encoded after all (a literal "%" in the name): keep it as sent.
  }
  if (name === "" || name.length > MAX_FILE_NAME || UNPRINTABLE.test(name)) {
    throw new AppError(
      "invalid_input",
      `The file name (X-File-Name) must be printable text of at most ${MAX_FILE_NAME} characters.`,
    );
  }
  return name;
}

/** The raw body of a KSR/SKR upload and its file name, checked before anything is parsed. */
export async function readDocumentUpload(
  request: Request,
  maxBytes: number,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  if (!isDocumentContentType(request.headers.get("content-type"))) {
    throw new AppError(
      "unsupported_media_type",
      "Send the KSR or SKR file itself as the body, with Content-Type application/xml (IANA XML) or text/dns (Knot DNS text).",
    );
  }
  const fileName = fileNameFrom(request.headers.get(FILE_NAME_HEADER));
  const bytes = await readBodyLimited(request, maxBytes);
  if (bytes.byteLength === 0) throw new AppError("invalid_input", `${fileName}: the file is empty.`);
  return { fileName, bytes };
}
