import { ScrollRegion } from "@/app/components/scroll-region";
import type { DocumentPage } from "@/lib/queries/documents/document-page";

/** Every finding, errors first (the query orders them); the message names the bundle concerned. */
export function FindingsList({ findings }: { findings: DocumentPage["findings"] }) {
  if (findings.length === 0) return <p className="empty">Every check passed.</p>;
  return (
    <ScrollRegion label="Finding table">
      <table>
        <thead>
          <tr>
            <th>Severity</th>
            <th>Code</th>
            <th>Message</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f, index) => (
            // Findings have no id and may repeat a code; their order is fixed, so the index is stable.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={index}>
              <td>
                <span className={`badge ${f.severity === "error" ? "bad" : "warn"}`}>{f.severity}</span>
              </td>
              <td className="mono">{f.code}</td>
              <td>{f.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
