import { AppError } from "@/lib/errors";

/**
 * Reads a request body as bytes, giving up as soon as it passes `maxBytes`. Content-Length is only a
 * claim (absent with chunked encoding, or simply false), so the count of bytes actually received is
 * what stops the read: an oversized body is never buffered whole.
 */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new AppError("too_large", `The upload is larger than the ${maxBytes}-byte limit.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
