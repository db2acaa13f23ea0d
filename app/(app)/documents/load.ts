import "server-only";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { listDocuments } from "@/lib/queries/documents/document-list";
import { getRuntime } from "@/lib/runtime";
import { MAX_DOCUMENT_BYTES } from "@/lib/services/documents/document-values";

/** The KSR/SKR list, whether the viewer may upload, and the upload size limit. */
export async function loadDocumentsPage() {
  const actor = await requireAccess("documents.view", "/documents");
  const session = await currentSession();
  const { db } = await getRuntime();
  const rows = await listDocuments(db);
  const mayUpload = can(actor.roles, "documents.upload");
  return { session, rows, mayUpload, maxBytes: MAX_DOCUMENT_BYTES };
}
