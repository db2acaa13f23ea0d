// Tests only: the smallest files of each kind evidence may take, and hostile ones dressed up as them.

export const bytesOf = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(Buffer.from(p, "utf8")) : p)));

export const SAMPLE_PDF = bytesOf("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
export const SAMPLE_PNG = bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR");
export const SAMPLE_JPEG = bytesOf([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF");
export const SAMPLE_HTML = bytesOf("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>");
