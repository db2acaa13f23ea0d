// Which kind of file some bytes are, by their content (magic numbers), never by the name or the type a
// browser claims. Only the kinds evidence may take are recognised; anything else is unknown.

/** The media types a stored evidence file can have (also the Postgres enum). */
export const EVIDENCE_MEDIA_TYPES = [
  "application/pdf",
  "image/png",
  "image/jpeg",
  "text/plain",
  "text/csv",
] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** The extensions a file of each kind must carry, so that what opens it on a desktop agrees with us. */
export const EXTENSIONS: Record<EvidenceMediaType, readonly string[]> = {
  "application/pdf": [".pdf"],
  "image/png": [".png"],
  "image/jpeg": [".jpg", ".jpeg"],
  "text/plain": [".txt"],
  "text/csv": [".csv"],
};

export const KIND_NAMES: Record<EvidenceMediaType, string> = {
  "application/pdf": "a PDF document",
  "image/png": "a PNG image",
  "image/jpeg": "a JPEG image",
  "text/plain": "plain text",
  "text/csv": "plain text",
};

const MAGIC: readonly { type: EvidenceMediaType; bytes: readonly number[] }[] = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

// C0 controls other than tab, line feed, form feed and carriage return (NUL included), and DEL. In UTF-8
// these bytes stand only for themselves (multi-byte sequences use bytes from 0x80), so bytes are checked.
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);
const isBinaryControl = (b: number) => (b < 0x20 && !TEXT_CONTROLS.has(b)) || b === 0x7f;
// Markup at the start (HTML, SVG, XML) would be rendered by whatever opens it: not "plain" text.
const MARKUP_START = /^\s*<[A-Za-z!?/]/;

/** Valid UTF-8 (a byte order mark allowed) without binary control characters and not starting as markup. */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.some(isBinaryControl)) return false;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return false;
  }
  return !MARKUP_START.test(text);
}

/**
 * The binary kind the bytes announce, else text when they are plain text and the name says .txt or .csv
 * (text has no magic number, so the name decides between the two), else null.
 */
export function sniffMediaType(bytes: Uint8Array, extension: string): EvidenceMediaType | null {
  const binary = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (binary) return binary.type;
  if (!isPlainText(bytes)) return null;
  if (extension === ".csv") return "text/csv";
  return extension === ".txt" ? "text/plain" : null;
}
