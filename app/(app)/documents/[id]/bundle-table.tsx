import type { DocumentPage } from "@/lib/queries/documents/document-page";
import { formatInstantUtc } from "@/lib/time";

/** The document's bundles in document order: validity period in UTC and which keys each holds and is signed by. */
export function BundleTable({ bundles }: { bundles: DocumentPage["bundles"] }) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th>Bundle</th>
            <th>Inception (UTC)</th>
            <th>Expiration (UTC)</th>
            <th>Key tags</th>
            <th>Signed by</th>
          </tr>
        </thead>
        <tbody>
          {bundles.map((b) => (
            <tr key={b.id}>
              <td className="mono">{b.id}</td>
              <td className="mono">{formatInstantUtc(b.inception)}</td>
              <td className="mono">{formatInstantUtc(b.expiration)}</td>
              <td>{b.keyTags.join(", ")}</td>
              <td>{b.signerKeyTags.join(", ") || <span className="muted">none</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
