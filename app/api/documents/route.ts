import { readDocumentUpload } from "@/lib/http/document-upload";
import { guardedRoute } from "@/lib/routes/json-route";
import { getRuntime } from "@/lib/runtime";
import { MAX_DOCUMENT_BYTES } from "@/lib/services/documents/document-values";
import { uploadDocument } from "@/lib/services/documents/upload-document";

/**
 * POST the KSR or SKR file itself as the body (Content-Type application/xml or text/xml for IANA XML,
 * text/dns for Knot DNS text), its name in
 * X-File-Name. 201 when stored, 200 when the same bytes were already on file, 400 when it cannot be
 * parsed, 413 past 1 MiB, 415 for any other body.
 */
export async function POST(request: Request) {
  return guardedRoute(request, "documents.upload", MAX_DOCUMENT_BYTES, async (actor, now) => {
    const upload = await readDocumentUpload(request, MAX_DOCUMENT_BYTES);
    const { db, boss } = await getRuntime();
    const result = await uploadDocument(db, boss, actor, upload, now);
    return Response.json(result, { status: result.created ? 201 : 200 });
  });
}
