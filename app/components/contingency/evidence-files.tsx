import { formatByteSize } from "@/lib/domain/files/byte-size";
import type { EvidenceListing } from "@/lib/queries/contingency/evidence";

export const evidenceHref = (contingencyId: string, evidenceId: string) =>
  `/api/contingencies/${contingencyId}/evidence/${evidenceId}`;

/**
 * A step's evidence files, each a download link with its size and SHA-256: shortened on the page (the
 * full hash in its title), whole on the report so a printed copy identifies the exact bytes.
 */
export function EvidenceFiles({
  contingencyId,
  files,
  fullHash = false,
}: {
  contingencyId: string;
  files: readonly EvidenceListing[];
  fullHash?: boolean;
}) {
  if (files.length === 0) return null;
  return (
    <ul className="evidence-files" data-testid="evidence-files">
      {files.map((file) => (
        <li key={file.id}>
          <a href={evidenceHref(contingencyId, file.id)} download={file.fileName}>
            {file.fileName}
          </a>{" "}
          <span className="muted">
            {formatByteSize(file.byteSize)} · SHA-256{" "}
            <code className="mono" title={file.sha256} data-testid="evidence-sha256">
              {fullHash ? file.sha256 : `${file.sha256.slice(0, 12)}…`}
            </code>
          </span>
        </li>
      ))}
    </ul>
  );
}
