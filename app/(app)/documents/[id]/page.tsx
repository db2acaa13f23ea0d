import type { Metadata } from "next";
import Link from "next/link";
import { documentIdentity } from "@/lib/domain/ksr/document-identity";
import { formatInstantUtc } from "@/lib/time";
import { formatMeeting } from "@/lib/time/format";
import { FindingsBadges } from "../findings-badges";
import { BundleTable } from "./bundle-table";
import { FindingsList } from "./findings-list";
import { loadDocumentDetailPage } from "./load";

export const metadata: Metadata = { title: "KSR or SKR" };

export default async function DocumentDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { doc, session } = await loadDocumentDetailPage(params);
  return (
    <main>
      <p className="no-print">
        <Link href="/documents">← KSRs and SKRs</Link>
      </p>
      <h1>
        {doc.type} {documentIdentity(doc.documentId, doc.serial)}{" "}
        <FindingsBadges errorCount={doc.errorCount} warningCount={doc.warningCount} />
      </h1>
      <section className="panel" aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        <div>
          {doc.format === "knot-text" ? "Knot DNS text" : `IANA XML, serial ${doc.serial}`} · domain{" "}
          <code>{doc.domain}</code> · {doc.bundles.length} bundles
        </div>
        <div className="mono">
          {formatInstantUtc(doc.firstInception.getTime())} – {formatInstantUtc(doc.lastExpiration.getTime())}
        </div>
        <div>
          File <span className="mono">{doc.fileName}</span>, {doc.byteSize} bytes
        </div>
        <div className="muted">
          Uploaded by {doc.uploadedBy} ({doc.uploadedByEmail}),{" "}
          {formatMeeting(doc.uploadedAt, session?.user.timeZone ?? "UTC")}
        </div>
        <h3>SHA-256</h3>
        <p className="mono" data-testid="sha256">
          {doc.sha256}
        </p>
        <h3>PGP words (read aloud to confirm the hash)</h3>
        <p data-testid="pgp-words">{doc.pgpWords.join(" ")}</p>
      </section>
      <section className="panel" aria-labelledby="findings-heading">
        <h2 id="findings-heading">Findings</h2>
        <FindingsList findings={doc.findings} />
      </section>
      <section className="panel" aria-labelledby="bundles-heading">
        <h2 id="bundles-heading">Bundles</h2>
        <BundleTable bundles={doc.bundles} />
      </section>
    </main>
  );
}
