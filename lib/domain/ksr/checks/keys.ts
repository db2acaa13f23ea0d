import { decodeRsaPublicKeyBytes, isKsk, keyTagOfKey, RSASHA256, type RsaPublicKey } from "../dnskey";
import { error, type Finding, warning } from "../findings";
import type { InspectionPolicy } from "../inspection-policy";
import type { AlgorithmPolicy, Bundle, DnsKey, KsrDocument, RrSignature } from "../model";

/**
 * The key against the document's own SignatureAlgorithm list, like kskm's KSR-BUNDLE-KEYS. `rsa` is the
 * decoded public key for RSASHA256 keys (null when malformed), decoded once for both checks.
 */
function checkAgainstDocumentPolicy(
  document: KsrDocument,
  bundle: Bundle,
  key: DnsKey,
  rsa: RsaPublicKey | null,
  findings: Finding[],
): void {
  const ksk = isKsk(key) && Boolean(document.kskPolicy);
  const policy = ksk ? document.kskPolicy : document.zskPolicy;
  // A document that states no policy (Knot text) is checked against the operator's policy only.
  if (!policy) return;
  const label = ksk ? "KSK" : "ZSK";
  // Over the entries for the key's algorithm: any at all, any of the key's RSA size, and any of those
  // with the key's exponent.
  let sameAlgorithm = false;
  let sameSize = false;
  let sameExponent = false;
  const { algorithms } = policy;
  for (let i = 0; i < algorithms.length; i++) {
    const entry = algorithms[i] as AlgorithmPolicy;
    if (entry.algorithm !== key.algorithm) continue;
    sameAlgorithm = true;
    if (rsa !== null && entry.rsa?.size === rsa.bits) {
      sameSize = true;
      if (entry.rsa?.exponent === rsa.exponentValue) sameExponent = true;
    }
  }
  if (!sameAlgorithm) {
    findings.push(
      error(
        "key_not_in_policy",
        `${where(bundle, key)} uses algorithm ${key.algorithm}, not listed in the ${label} policy`,
      ),
    );
    return;
  }
  if (key.algorithm !== RSASHA256) return;
  if (!rsa) {
    findings.push(error("key_not_in_policy", `${where(bundle, key)} has a malformed RSA public key`));
    return;
  }
  if (!sameSize) {
    findings.push(
      error(
        "key_not_in_policy",
        `${where(bundle, key)} is RSA-${rsa.bits}, a size the ${label} policy does not list`,
      ),
    );
    return;
  }
  // Historic root KSRs state exponent 3 for keys that use 65537; kskm tolerates this as a warning too.
  if (!sameExponent) {
    findings.push(
      warning(
        "rsa_exponent_mismatch",
        `${where(bundle, key)} has exponent ${rsa.exponentValue}, not the one the ${label} policy states`,
      ),
    );
  }
}

function where(bundle: Bundle, key: DnsKey): string {
  return `bundle ${bundle.id}: key ${key.keyTag}`;
}

function checkAgainstOperator(
  bundle: Bundle,
  key: DnsKey,
  rsa: RsaPublicKey | null,
  policy: InspectionPolicy,
  findings: Finding[],
): void {
  if (!policy.approvedAlgorithms.includes(key.algorithm)) {
    findings.push(
      error(
        "algorithm_not_approved",
        `${where(bundle, key)} uses algorithm ${key.algorithm}; approved: ${policy.approvedAlgorithms.join(", ")}`,
      ),
    );
    return;
  }
  if (key.algorithm !== RSASHA256) return;
  if (!rsa) return;
  if (rsa.bits < policy.rsaMinBits)
    findings.push(
      warning("weak_key", `${where(bundle, key)} is RSA-${rsa.bits}, below ${policy.rsaMinBits} bits`),
    );
  if (!policy.rsaExponents.includes(rsa.exponentValue)) {
    findings.push(
      warning(
        "weak_key",
        `${where(bundle, key)} has RSA exponent ${rsa.exponentValue}; approved: ${policy.rsaExponents.join(", ")}`,
      ),
    );
  }
}

/**
 * Keys met so far, grouped by public key. A document has a few distinct public keys, stated again in
 * every bundle and (by the parser) as the same string, so a short list compared with === beats a Map,
 * which would hash each 400-character key first; past a few dozen, the Map takes over.
 */
class KeysSeen {
  private readonly publicKeys: string[] = [];
  private readonly groups: DnsKey[][] = [];
  private map: Map<string, DnsKey[]> | null = null;

  /** The keys already met with this public key (an empty group, new, the first time). */
  find(publicKey: string): DnsKey[] {
    if (this.map !== null) {
      let same = this.map.get(publicKey);
      if (same === undefined) {
        same = [];
        this.map.set(publicKey, same);
      }
      return same;
    }
    const { publicKeys, groups } = this;
    for (let i = 0; i < publicKeys.length; i++) if (publicKeys[i] === publicKey) return groups[i] as DnsKey[];
    const same: DnsKey[] = [];
    publicKeys.push(publicKey);
    groups.push(same);
    if (publicKeys.length > 32) this.map = new Map(publicKeys.map((key, i) => [key, groups[i] as DnsKey[]]));
    return same;
  }
}

/** True the first time a key (identifier, tag, flags and public key) is met. */
function firstSighting(seen: KeysSeen, key: DnsKey): boolean {
  const same = seen.find(key.publicKey);
  for (let i = 0; i < same.length; i++) {
    const other = same[i] as DnsKey;
    if (other.keyIdentifier === key.keyIdentifier && other.keyTag === key.keyTag && other.flags === key.flags)
      return false;
  }
  same.push(key);
  return true;
}

/**
 * Algorithms, key sizes and key tags (recomputed per RFC 4034 Appendix B). A key recurs in many bundles;
 * each distinct key is reported once, naming the first bundle it appears in.
 */
export function checkKeys(
  document: KsrDocument,
  policy: InspectionPolicy,
  findings: Finding[] = [],
): Finding[] {
  const seen = new KeysSeen();
  const { bundles } = document;
  for (let b = 0; b < bundles.length; b++) {
    const bundle = bundles[b] as Bundle;
    const { keys, signatures } = bundle;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as DnsKey;
      if (!firstSighting(seen, key)) continue;
      // One decoding of the public key serves the key tag and the RSA checks.
      const publicKey = Buffer.from(key.publicKey, "base64");
      const computed = keyTagOfKey(key, publicKey);
      if (computed !== key.keyTag) {
        findings.push(
          error(
            "key_tag_mismatch",
            `bundle ${bundle.id}: key "${key.keyIdentifier}" states tag ${key.keyTag}, its public key gives ${computed}`,
          ),
        );
      }
      const rsa = key.algorithm === RSASHA256 ? decodeRsaPublicKeyBytes(publicKey) : null;
      checkAgainstDocumentPolicy(document, bundle, key, rsa, findings);
      checkAgainstOperator(bundle, key, rsa, policy, findings);
    }
    for (let s = 0; s < signatures.length; s++) {
      const signature = signatures[s] as RrSignature;
      let signer: DnsKey | undefined;
      for (let k = 0; k < keys.length; k++) {
        if ((keys[k] as DnsKey).keyIdentifier === signature.keyIdentifier) {
          signer = keys[k];
          break;
        }
      }
      if (signer && signer.keyTag !== signature.keyTag) {
        findings.push(
          error(
            "signature_key_tag_mismatch",
            `bundle ${bundle.id}: signature states key tag ${signature.keyTag}, its key "${signer.keyIdentifier}" has ${signer.keyTag}`,
          ),
        );
      }
    }
  }
  return findings;
}
