import { ScrollRegion } from "@/app/components/scroll-region";
import type { DocumentPage } from "@/lib/queries/documents/document-page";
import { formatInstantUtc } from "@/lib/time";

/**
 * The document's bundles in document order: validity period in UTC, which keys each holds and is signed by,
 * and for an SKR whether the bundle counts toward coverage or why not.
 */
export function BundleTable({ bundles }: { bundles: DocumentPage["bundles"] }) {
  return (
    <ScrollRegion label="Bundle table">
      <table>
        <thead>
          <tr>
            <th>Bundle</th>
            <th>Inception (UTC)</th>
            <th>Expiration (UTC)</th>
            <th>Key tags</th>
            <th>Signed by</th>
            {bundles.some((b) => b.assessment) ? <th>Coverage</th> : null}
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
              {b.assessment ? (
                <td data-testid="bundle-counted">
                  {b.assessment.counted ? (
                    "counted"
                  ) : (
                    <span className="badge bad">{b.assessment.reason}</span>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
