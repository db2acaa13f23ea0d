import Link from "next/link";
import type { DocumentListRow } from "@/lib/queries/documents/document-list";
import { formatInstantUtc } from "@/lib/time";
import { formatMeeting } from "@/lib/time/format";
import { FindingsBadges } from "./findings-badges";

/** Uploaded KSRs and SKRs; each links to its detail page. Bundle times in UTC, as the documents state them. */
export function DocumentTable({ rows, viewerZone }: { rows: DocumentListRow[]; viewerZone: string }) {
  return (
    <table>
      <thead>
        <tr>
          <th>Document</th>
          <th>File</th>
          <th>Bundles</th>
          <th>Period (UTC)</th>
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
                  {d.type} {d.documentId}
                </strong>
              </Link>
              <div className="muted">serial {d.serial}</div>
            </td>
            <td className="mono">{d.fileName}</td>
            <td>{d.bundleCount}</td>
            <td className="mono">
              {formatInstantUtc(d.firstInception.getTime())}
              <br />– {formatInstantUtc(d.lastExpiration.getTime())}
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
  );
}
