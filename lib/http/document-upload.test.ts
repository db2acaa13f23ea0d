import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import {
  DEFAULT_FILE_NAME,
  fileNameFrom,
  isDocumentContentType,
  readDocumentUpload,
} from "./document-upload";
import { declaresTooLargeBody, isForeignOrigin } from "./origin";
import { readBodyLimited } from "./read-body";

const LIMIT = 1_048_576;
const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost:3000/api/documents", {
    method: "POST",
    headers: { host: "localhost:3000", "content-type": "application/xml", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

/** A body that arrives in chunks with no Content-Length, as chunked transfer encoding does. */
function chunked(chunks: number, size: number) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < chunks) controller.enqueue(new Uint8Array(size).fill(0x20));
      else controller.close();
    },
  });
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );

describe("the upload route's checks", () => {
  it("refuses another site's Origin, accepts our own and scripts without one", () => {
    expect(isForeignOrigin(post("x", { origin: "https://evil.example" }))).toBe(true);
    expect(isForeignOrigin(post("x", { origin: "http://localhost:3000" }))).toBe(false);
    expect(isForeignOrigin(post("x"))).toBe(false);
  });

  it("refuses a declared length over 1 MiB before reading", () => {
    expect(declaresTooLargeBody(post("x", { "content-length": String(LIMIT + 1) }), LIMIT)).toBe(true);
    expect(declaresTooLargeBody(post("x", { "content-length": String(LIMIT) }), LIMIT)).toBe(false);
  });

  it("stops reading a body without Content-Length as soon as it passes the limit", async () => {
    const request = post(chunked(10_000, 64 * 1024));
    const error = await refusal(readBodyLimited(request, LIMIT));
    expect(error?.code).toBe("too_large");
    expect((await readBodyLimited(post(chunked(16, 64 * 1024)), LIMIT)).byteLength).toBe(LIMIT);
  });

  it("takes XML and text/dns (Knot) media types only, none a cross-site form sends unasked", async () => {
    expect(isDocumentContentType("application/xml")).toBe(true);
    expect(isDocumentContentType("text/xml; charset=utf-8")).toBe(true);
    expect(isDocumentContentType("text/dns")).toBe(true);
    for (const other of [null, "", "application/json", "multipart/form-data; boundary=x", "text/xmlx"]) {
      expect(isDocumentContentType(other)).toBe(false);
    }
    const error = await refusal(readDocumentUpload(post("<KSR/>", { "content-type": "text/plain" }), LIMIT));
    expect(error?.code).toBe("unsupported_media_type");
  });

  it("reads the file name from X-File-Name: decoded, printable, at most 200 characters", () => {
    expect(fileNameFrom(null)).toBe(DEFAULT_FILE_NAME);
    expect(fileNameFrom("  ")).toBe(DEFAULT_FILE_NAME);
    expect(fileNameFrom("skr-root-2017-q1-0.xml")).toBe("skr-root-2017-q1-0.xml");
    expect(fileNameFrom(encodeURIComponent("ksr ÅÄÖ.xml"))).toBe("ksr ÅÄÖ.xml");
    expect(fileNameFrom("100%.xml")).toBe("100%.xml");
    for (const bad of ["a".repeat(201), "evil\u202Elmx.exe", encodeURIComponent("line\nbreak.xml")]) {
      expect(() => fileNameFrom(bad)).toThrow(/printable text of at most 200 characters/);
    }
  });

  it("returns the bytes and name of a proper upload, and refuses an empty one", async () => {
    const upload = await readDocumentUpload(post("<KSR/>", { "x-file-name": "a.xml" }), LIMIT);
    expect(upload.fileName).toBe("a.xml");
    expect(new TextDecoder().decode(upload.bytes)).toBe("<KSR/>");
    expect((await refusal(readDocumentUpload(post(null), LIMIT)))?.code).toBe("invalid_input");
  });
});
