import Link from "next/link";
import { documentIdentity } from "@/lib/domain/ksr/document-identity";
import type { CoverageState } from "@/lib/queries/coverage/coverage-state";
import { When } from "./dates";

/** The SKR bundle whose signature the root zone's DNSKEY set carries right now, if any. */
export function BundleInForce({ state, zone }: { state: CoverageState; zone: string }) {
  const { inForce } = state;
  if (!inForce) {
    return (
      <p className="empty" data-testid="bundle-in-force">
        No bundle on file is in force now.
      </p>
    );
  }
  const { skr, bundle } = inForce;
  return (
    <dl data-testid="bundle-in-force">
      <dt>SKR</dt>
      <dd>
        <Link href={`/documents/${skr.id}`}>{documentIdentity(skr.documentId, skr.serial)}</Link> (
        {skr.fileName})
      </dd>
      <dt>Bundle</dt>
      <dd className="mono">{bundle.id}</dd>
      <dt>Valid</dt>
      <dd>
        <When at={bundle.inception} zone={zone} /> to <When at={bundle.expiration} zone={zone} />
      </dd>
      <dt>Signed by key tag</dt>
      <dd>{bundle.signerKeyTags.join(", ") || "—"}</dd>
    </dl>
  );
}
