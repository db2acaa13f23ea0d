import type { VerifiedSigner } from "@/lib/domain/ksr/checks/signatures";
import { formatInstantUtc, type Instant } from "@/lib/time";
import { dsDigest } from "./ds-digest";
import { canonicalOwner } from "./owner-name";
import type { TrustAnchor } from "./types";

/** What assessment needs of a bundle: its window and the signers that verified (null: never verified). */
export interface AssessableBundle {
  id: string;
  inception: Instant;
  expiration: Instant;
  verifiedSigners?: VerifiedSigner[] | null;
}

/**
 * Whether a bundle counts toward coverage and, if so, for which window: the bundle's period, narrowed to
 * the trusted signature's own validity and the anchor's. `reason` says in words why it does not count.
 */
export type BundleAssessment =
  | { counted: true; inception: Instant; expiration: Instant; reason: null }
  | { counted: false; reason: string };

export function anchorMatches(anchor: TrustAnchor, owner: string, signer: VerifiedSigner): boolean {
  if (canonicalOwner(owner) !== anchor.owner) return false;
  if (anchor.keyTag !== signer.keyTag || anchor.algorithm !== signer.algorithm) return false;
  if (anchor.publicKey !== null) {
    if (anchor.publicKey !== signer.publicKey || anchor.flags !== signer.flags) return false;
  }
  if (anchor.digest !== null && anchor.digestType !== null)
    return dsDigest(anchor.owner, signer, anchor.digestType) === anchor.digest;
  return anchor.publicKey !== null;
}

function trustedWindow(bundle: AssessableBundle, signer: VerifiedSigner, anchor: TrustAnchor | null) {
  const inception = Math.max(bundle.inception, signer.inception, anchor?.validFrom ?? -Infinity);
  const expiration = Math.min(bundle.expiration, signer.expiration, anchor?.validUntil ?? Infinity);
  return { inception, expiration };
}

/**
 * Assesses one SKR bundle of a document for `owner` (the document's zone). `anchors` null means none are
 * configured to check against (the CLI without --anchors): then any verified signer counts.
 */
export function assessBundle(
  bundle: AssessableBundle,
  owner: string,
  anchors: readonly TrustAnchor[] | null,
): BundleAssessment {
  const signers = bundle.verifiedSigners;
  if (signers === undefined || signers === null)
    return { counted: false, reason: "not counted: signature not verified yet" };
  if (signers.length === 0) return { counted: false, reason: "not counted: signature does not verify" };
  let best: { inception: Instant; expiration: Instant } | null = null;
  let outsideValidity: string | null = null;
  for (const signer of signers) {
    const trusting = anchors === null ? [null] : anchors.filter((a) => anchorMatches(a, owner, signer));
    for (const anchor of trusting) {
      const window = trustedWindow(bundle, signer, anchor);
      if (window.expiration <= window.inception) {
        outsideValidity = outsideReason(signer.keyTag, anchor);
        continue;
      }
      if (!best || window.expiration - window.inception > best.expiration - best.inception) best = window;
    }
  }
  if (best) return { counted: true, ...best, reason: null };
  if (outsideValidity) return { counted: false, reason: outsideValidity };
  const tags = [...new Set(signers.map((s) => s.keyTag))].join(", ");
  return { counted: false, reason: `not counted: signed by untrusted key ${tags}` };
}

function outsideReason(keyTag: number, anchor: TrustAnchor | null): string {
  if (!anchor || (anchor.validFrom === null && anchor.validUntil === null))
    return `not counted: the signature by key ${keyTag} is not valid during the bundle`;
  const from = anchor.validFrom !== null ? ` from ${formatInstantUtc(anchor.validFrom)}` : "";
  const until = anchor.validUntil !== null ? ` until ${formatInstantUtc(anchor.validUntil)}` : "";
  return `not counted: key ${keyTag} is trusted only${from}${until}`;
}
