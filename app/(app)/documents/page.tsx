import type { Metadata } from "next";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { listDocuments } from "@/lib/queries/documents/document-list";
import { getRuntime } from "@/lib/runtime";
import { MAX_DOCUMENT_BYTES } from "@/lib/services/documents/document-values";
import { DocumentTable } from "./document-table";
import { UploadArea } from "./upload-area";

export const metadata: Metadata = { title: "KSRs and SKRs" };

export default async function DocumentsPage() {
  const actor = await requireAccess("documents.view", "/documents");
  const session = await currentSession();
  const { db } = await getRuntime();
  const rows = await listDocuments(db);
  const mayUpload = can(actor.roles, "documents.upload");
  return (
    <main>
      <h1>KSRs and SKRs</h1>
      {mayUpload ? (
        <section className="panel" aria-labelledby="upload-heading">
          <h2 id="upload-heading">Upload</h2>
          <UploadArea maxBytes={MAX_DOCUMENT_BYTES} />
        </section>
      ) : null}
      <div className="panel table-wrap">
        {rows.length === 0 ? (
          <p className="empty">
            {mayUpload
              ? "No KSR or SKR is on file yet. Upload the KSR the ZSK operator sent, and each SKR once signed: coverage is worked out from the SKRs."
              : "No KSR or SKR is on file yet. Coordinators and staff upload them here."}
          </p>
        ) : (
          <DocumentTable rows={rows} viewerZone={session?.user.timeZone ?? "UTC"} />
        )}
      </div>
    </main>
  );
}
