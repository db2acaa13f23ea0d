// What an uploaded file may be called once it is ours: shown on pages and reports and sent back in
// Content-Disposition, never used as a path.

export const MAX_FILE_NAME_LENGTH = 120;

// Control and format characters: bidi overrides such as U+202E (which make "fdp.exe" read as "exe.pdf"),
// zero-width characters.
const UNPRINTABLE = /[\p{Cc}\p{Cf}]/gu;

/**
 * The file name as people should see it: the last path segment only (browsers and some tools send
 * "C:\fakepath\x.pdf" or "../x.pdf"), without unprintable characters, spaces collapsed, at most 120
 * characters with its extension kept. Empty when nothing printable is left.
 */
export function cleanFileName(raw: string): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? "";
  // Whitespace (tabs, line breaks included) becomes one space before the rest of the controls go.
  const name = lastSegment
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(UNPRINTABLE, "")
    .replace(/ {2,}/g, " ")
    .trim();
  if (/^\.*$/.test(name)) return "";
  const chars = Array.from(name);
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const extension = Array.from(extensionOf(name));
  const keep = extension.length > 0 && extension.length < 16 ? extension : [];
  return [...chars.slice(0, MAX_FILE_NAME_LENGTH - keep.length), ...keep].join("");
}

/** ".pdf" for "Consent Forms.PDF"; "" when the name has no extension. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}
