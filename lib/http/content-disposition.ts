// RFC 6266 / 8187: an ASCII fallback for old clients, the exact name UTF-8 percent-encoded for the rest.

/** Characters RFC 8187 lets through unencoded (attr-char); everything else is percent-encoded. */
const encodeExtValue = (name: string) =>
  encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `attachment; filename="..."; filename*=UTF-8''...`, so a browser saves the file and never shows it. */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^A-Za-z0-9._ -]/g, "_") || "download";
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}
