import Link from "next/link";
import { ScrollRegion } from "@/app/components/scroll-region";
import { documentIdentity } from "@/lib/domain/ksr/document-identity";
import type { DocumentListRow } from "@/lib/queries/documents/document-list";
import { formatInZone, formatMeeting } from "@/lib/time/format";
import { FindingsBadges } from "./findings-badges";

const utcDay = (at: Date) => formatInZone(at, "UTC", "yyyy-MM-dd");

/**
 * Uploaded KSRs and SKRs; each links to its detail page (which has the exact UTC times). On a phone the
 * table scrolls sideways rather than breaking ids and dates into letters.
 */
export function DocumentTable({ rows, viewerZone }: { rows: DocumentListRow[]; viewerZone: string }) {
  return (
    <ScrollRegion label="Documents">
      <table className="document-table">
        <thead>
          <tr>
            <th>Document</th>
            <th>File</th>
            <th>Bundles</th>
            <th>Period (UTC days)</th>
            <th>Findings</th>
            <th>Uploaded</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id}>
              <td>
                <Link href={`/documents/${d.id}`}>
                  <strong>
                    {d.type} {documentIdentity(d.documentId, d.serial)}
                  </strong>
                </Link>
              </td>
              <td className="mono">{d.fileName}</td>
              <td>{d.bundleCount}</td>
              <td className="nowrap">
                {utcDay(d.firstInception)} to {utcDay(d.lastExpiration)}
              </td>
              <td>
                <FindingsBadges errorCount={d.errorCount} warningCount={d.warningCount} />
              </td>
              <td>
                {d.uploadedBy}
                <div className="muted">{formatMeeting(d.uploadedAt, viewerZone)}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
