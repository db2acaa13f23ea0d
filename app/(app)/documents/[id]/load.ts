import "server-only";
import { notFound } from "next/navigation";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { documentPage } from "@/lib/queries/documents/document-page";
import { getRuntime } from "@/lib/runtime";

/** One KSR or SKR with its findings and bundles (404 if unknown), and the viewer's session. */
export async function loadDocumentDetailPage(params: Promise<{ id: string }>) {
  const { id } = await params;
  await requireAccess("documents.view", `/documents/${id}`);
  const { db } = await getRuntime();
  const doc = await documentPage(db, id);
  if (!doc) notFound();
  const session = await currentSession();
  return { doc, session };
}
