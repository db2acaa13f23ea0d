import Link from "next/link";
import type { ReactNode } from "react";
import { documentIdentity } from "@/lib/domain/ksr/document-identity";
import type { VerificationChannel } from "@/lib/domain/vocabulary";
import type { CeremonyKsr } from "@/lib/queries/planning/ceremony-ksr";
import { formatInZone } from "@/lib/time/format";
import { CHANNEL_LABELS } from "./verification-channels";

const utc = (at: Date) => formatInZone(at, "UTC", "yyyy-MM-dd HH:mm 'UTC'");

/**
 * The KSR the ceremony will sign, its SHA-256 as hex and as PGP words to read aloud, and every
 * out-of-band confirmation of that hash. `linkForm` and `verifyForm` appear for those who may act.
 */
export function KsrPanel({
  ksr,
  viewerZone,
  linkForm,
  verifyForm,
  linkDocument = true,
}: {
  ksr: CeremonyKsr;
  viewerZone: string;
  /** False for invitees, who witness the hash check but do not open the document pages. */
  linkDocument?: boolean;
  linkForm?: ReactNode;
  verifyForm?: ReactNode;
}) {
  const { linked, verifications } = ksr;
  return (
    <section className="panel" aria-labelledby="ksr-heading">
      <h2 id="ksr-heading">KSR to sign</h2>
      {linked ? (
        <>
          <p>
            {linkDocument ? (
              <Link href={`/documents/${linked.documentId}`}>
                {documentIdentity(linked.ksrId, linked.serial)}
              </Link>
            ) : (
              documentIdentity(linked.ksrId, linked.serial)
            )}{" "}
            ({linked.fileName}) · bundles {utc(linked.firstInception)} to {utc(linked.lastExpiration)}
            {linked.errorCount > 0 ? (
              <strong className="field-error">
                {" "}
                · {linked.errorCount} error findings: do not sign before they are resolved
              </strong>
            ) : null}
          </p>
          <p className="muted">
            Linked by {linked.linkedBy} on {formatInZone(linked.linkedAt, viewerZone, "yyyy-MM-dd HH:mm zzz")}
          </p>
          <h3>SHA-256</h3>
          <p className="hash" data-testid="ksr-sha256">
            {linked.sha256.match(/.{1,8}/g)?.join(" ")}
          </p>
          <h3>PGP words (read aloud, in order)</h3>
          <ol className="pgp-words" data-testid="ksr-pgp-words">
            {linked.pgpWords.map((word, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a word can repeat; its place is its identity
              <li key={index}>{word}</li>
            ))}
          </ol>
          <h3>Out-of-band verification</h3>
          {verifications.length === 0 ? (
            <p className="field-error" role="status">
              Not verified yet: read the words to the KSR's producer over a separate channel and record it
              here.
            </p>
          ) : (
            <ul data-testid="ksr-verifications">
              {verifications.map((v) => (
                <li key={v.id}>
                  Confirmed by <strong>{v.confirmedBy}</strong> by{" "}
                  {CHANNEL_LABELS[v.channel as VerificationChannel]} at{" "}
                  {formatInZone(v.confirmedAt, viewerZone, "yyyy-MM-dd HH:mm zzz")} ({utc(v.confirmedAt)}),
                  recorded by {v.recordedBy}
                  {v.note ? <span className="muted"> · {v.note}</span> : null}
                </li>
              ))}
            </ul>
          )}
          {verifyForm}
        </>
      ) : (
        <p className="muted">
          No KSR is linked yet.{" "}
          {ksr.choices.length === 0 ? (
            <>
              Upload the KSR on <Link href="/documents">KSR/SKR files</Link> first.
            </>
          ) : null}
        </p>
      )}
      {linkForm}
    </section>
  );
}
