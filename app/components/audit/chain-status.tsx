import Link from "next/link";
import type { FormState } from "@/lib/actions/form-state";
import type { TrailReport } from "@/lib/queries/audit-verify";
import { formatInZone } from "@/lib/time/format";
import { CheckpointButton } from "./checkpoint-button";

export interface ChainStatusProps {
  report: TrailReport;
  full: boolean;
  keyId: string;
  publicKeyPem: string;
  timeZone: string;
  checkpointAction?: (state: FormState, form: FormData) => Promise<FormState>;
}

/** The trail's integrity as an auditor reads it: verified or where it breaks, and the last signed checkpoint. */
export function ChainStatus({
  report,
  full,
  keyId,
  publicKeyPem,
  timeZone,
  checkpointAction,
}: ChainStatusProps) {
  const checkpoint = report.latestCheckpoint;
  const scope = full
    ? `all ${report.checked} events re-hashed from the first`
    : report.startedFrom
      ? `checkpoint #${report.startedFrom.id} holds, and the ${report.checked} events after it re-hash`
      : `all ${report.checked} events re-hashed from the first (no checkpoint yet)`;
  return (
    <section className="panel" aria-labelledby="chain-heading">
      <h2 id="chain-heading">Integrity</h2>
      {report.ok ? (
        <p className="notice ok" data-testid="chain-status">
          Hash chain verified: {report.total} events intact and in order ({scope}).
        </p>
      ) : (
        <p className="notice bad" role="alert" data-testid="chain-status">
          The audit trail does not verify: {report.problem?.message}.
        </p>
      )}
      <dl className="facts" data-testid="last-checkpoint">
        <dt>Last checkpoint</dt>
        <dd>
          {checkpoint
            ? `#${checkpoint.id}, ${formatInZone(checkpoint.signedAt, timeZone, "d MMM yyyy HH:mm")} (${timeZone}): ${checkpoint.eventCount} events up to #${checkpoint.headId}, by ${checkpoint.requestedBy}`
            : "none yet: the first is signed within the hour, or make one now"}
        </dd>
        <dt>Signing key</dt>
        <dd>
          Ed25519, key id <code>{keyId}</code>
          <details>
            <summary>Public key (PEM)</summary>
            <pre className="mono" style={{ whiteSpace: "pre-wrap" }}>
              {publicKeyPem}
            </pre>
          </details>
        </dd>
      </dl>
      <p>
        {full ? (
          <Link href="/audit">Verify from the last checkpoint</Link>
        ) : (
          <Link href="/audit?verify=full">Verify the whole trail</Link>
        )}
        {" · "}
        <a href="/api/audit/checkpoints" download>
          Download checkpoints (JSON)
        </a>
      </p>
      {checkpointAction ? <CheckpointButton action={checkpointAction} /> : null}
    </section>
  );
}
