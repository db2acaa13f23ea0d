import type { Metadata } from "next";
import { DocumentTable } from "./document-table";
import { loadDocumentsPage } from "./load";
import { UploadArea } from "./upload-area";

export const metadata: Metadata = { title: "KSRs and SKRs" };

export default async function DocumentsPage() {
  const { session, rows, mayUpload, maxBytes } = await loadDocumentsPage();
  return (
    <main>
      <h1>KSRs and SKRs</h1>
      {mayUpload ? (
        <section className="panel" aria-labelledby="upload-heading">
          <h2 id="upload-heading">Upload</h2>
          <UploadArea maxBytes={maxBytes} />
        </section>
      ) : null}
      <div className="panel">
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
