import { ActionForm } from "@/app/components/manage/action-form";
import { FileInput, Hidden, TextArea } from "@/app/components/manage/inputs";
import { ScrollRegion } from "@/app/components/scroll-region";
import type { StoredTrustAnchor } from "@/lib/queries/coverage/trust-anchors";
import { formatInstantUtc } from "@/lib/time";
import { addTrustAnchorsAction, removeTrustAnchorAction } from "./actions";

const day = (instant: number | null) => (instant === null ? null : formatInstantUtc(instant).slice(0, 10));

function validity(anchor: StoredTrustAnchor) {
  const from = day(anchor.validFrom);
  const until = day(anchor.validUntil);
  if (!from && !until) return "always";
  return `${from ?? "…"} → ${until ?? "open"}`;
}

/** The keys whose signatures count, and for coordinators the forms to add and remove them. */
export function TrustAnchorsPanel({
  anchors,
  mayConfigure,
}: {
  anchors: StoredTrustAnchor[];
  mayConfigure: boolean;
}) {
  return (
    <section className="panel" aria-labelledby="anchors-heading">
      <h2 id="anchors-heading">Trust anchors</h2>
      <p className="muted">
        A bundle counts toward coverage only when its KSK signature verifies and the signing key is one of
        these.
      </p>
      {anchors.length === 0 ? (
        <p className="notice bad" data-testid="no-anchors">
          No trust anchor is configured, so no SKR bundle counts.{" "}
          {mayConfigure ? "Add the KSK's DS or DNSKEY record below." : "Ask a coordinator to add one."}
        </p>
      ) : (
        <ScrollRegion label="Trust anchors">
          <table data-testid="trust-anchors">
            <thead>
              <tr>
                <th>Zone</th>
                <th>Key tag</th>
                <th>Algorithm</th>
                <th>Digest or key</th>
                <th>Trusted (UTC)</th>
                <th>Source</th>
                {mayConfigure ? <th>Action</th> : null}
              </tr>
            </thead>
            <tbody>
              {anchors.map((anchor) => (
                <tr key={anchor.id}>
                  <td className="mono">{anchor.owner}</td>
                  <td>{anchor.keyTag}</td>
                  <td>{anchor.algorithm}</td>
                  <td className="mono" title={anchor.digest ?? anchor.publicKey ?? ""}>
                    {anchor.digest ? `DS ${anchor.digestType}: ${anchor.digest.slice(0, 16)}…` : "DNSKEY"}
                  </td>
                  <td>{validity(anchor)}</td>
                  <td>{anchor.source}</td>
                  {mayConfigure ? (
                    <td>
                      <ActionForm
                        id={`remove-anchor-${anchor.id}`}
                        action={removeTrustAnchorAction}
                        submit={`Remove ${anchor.keyTag}`}
                        secondary
                      >
                        <Hidden name="id" value={anchor.id} />
                      </ActionForm>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {mayConfigure ? (
        <details className="no-print">
          <summary>Add trust anchors</summary>
          <ActionForm id="add-anchors" action={addTrustAnchorsAction} submit="Add anchors" resetOnOk>
            <TextArea
              name="anchors"
              label="DS or DNSKEY records"
              hint='One record per line, e.g. ". IN DS 20326 8 2 E06D44B8…". Nothing is added if any line is wrong.'
            />
            <FileInput
              name="anchorsFile"
              label="…or IANA's root-anchors.xml (RFC 9718)"
              accept=".xml,.txt,application/xml,text/plain"
            />
          </ActionForm>
        </details>
      ) : null}
    </section>
  );
}
