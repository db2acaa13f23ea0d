import { decodeRsaPublicKey, dnskeyRdata, isKsk, keyTagOf, RSASHA256, type RsaPublicKey } from "../dnskey";
import { error, type Finding, warning } from "../findings";
import type { InspectionPolicy } from "../inspection-policy";
import type { Bundle, DnsKey, KsrDocument, SignaturePolicy } from "../model";

function policyFor(document: KsrDocument, key: DnsKey): { policy: SignaturePolicy; label: string } {
  if (isKsk(key) && document.kskPolicy) return { policy: document.kskPolicy, label: "KSK" };
  return { policy: document.zskPolicy, label: "ZSK" };
}

/**
 * The key against the document's own SignatureAlgorithm list, like kskm's KSR-BUNDLE-KEYS. `rsa` is the
 * decoded public key for RSASHA256 keys (null when malformed), decoded once for both checks.
 */
function checkAgainstDocumentPolicy(
  document: KsrDocument,
  bundle: Bundle,
  key: DnsKey,
  rsa: RsaPublicKey | null,
): Finding[] {
  const { policy, label } = policyFor(document, key);
  const where = `bundle ${bundle.id}: key ${key.keyTag}`;
  const sameAlgorithm = policy.algorithms.filter((entry) => entry.algorithm === key.algorithm);
  if (sameAlgorithm.length === 0) {
    return [
      error(
        "key_not_in_policy",
        `${where} uses algorithm ${key.algorithm}, not listed in the ${label} policy`,
      ),
    ];
  }
  if (key.algorithm !== RSASHA256) return [];
  if (!rsa) return [error("key_not_in_policy", `${where} has a malformed RSA public key`)];
  const sameSize = sameAlgorithm.filter((entry) => entry.rsa?.size === rsa.bits);
  if (sameSize.length === 0) {
    return [
      error("key_not_in_policy", `${where} is RSA-${rsa.bits}, a size the ${label} policy does not list`),
    ];
  }
  // Historic root KSRs state exponent 3 for keys that use 65537; kskm tolerates this as a warning too.
  if (!sameSize.some((entry) => entry.rsa?.exponent === rsa.exponentValue)) {
    return [
      warning(
        "rsa_exponent_mismatch",
        `${where} has exponent ${rsa.exponentValue}, not the one the ${label} policy states`,
      ),
    ];
  }
  return [];
}

function checkAgainstOperator(
  bundle: Bundle,
  key: DnsKey,
  rsa: RsaPublicKey | null,
  policy: InspectionPolicy,
): Finding[] {
  const where = `bundle ${bundle.id}: key ${key.keyTag}`;
  if (!policy.approvedAlgorithms.includes(key.algorithm)) {
    return [
      error(
        "algorithm_not_approved",
        `${where} uses algorithm ${key.algorithm}; approved: ${policy.approvedAlgorithms.join(", ")}`,
      ),
    ];
  }
  if (key.algorithm !== RSASHA256) return [];
  if (!rsa) return [];
  const findings: Finding[] = [];
  if (rsa.bits < policy.rsaMinBits)
    findings.push(warning("weak_key", `${where} is RSA-${rsa.bits}, below ${policy.rsaMinBits} bits`));
  if (!policy.rsaExponents.includes(rsa.exponentValue)) {
    findings.push(
      warning(
        "weak_key",
        `${where} has RSA exponent ${rsa.exponentValue}; approved: ${policy.rsaExponents.join(", ")}`,
      ),
    );
  }
  return findings;
}

/** True the first time a key (identifier, tag, flags and public key) is met; `seen` is keyed by public key. */
function firstSighting(seen: Map<string, DnsKey[]>, key: DnsKey): boolean {
  const same = seen.get(key.publicKey);
  if (!same) {
    seen.set(key.publicKey, [key]);
    return true;
  }
  for (const other of same) {
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
export function checkKeys(document: KsrDocument, policy: InspectionPolicy): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, DnsKey[]>();
  for (const bundle of document.bundles) {
    for (const key of bundle.keys) {
      if (!firstSighting(seen, key)) continue;
      const computed = keyTagOf(dnskeyRdata(key));
      if (computed !== key.keyTag) {
        findings.push(
          error(
            "key_tag_mismatch",
            `bundle ${bundle.id}: key "${key.keyIdentifier}" states tag ${key.keyTag}, its public key gives ${computed}`,
          ),
        );
      }
      const rsa = key.algorithm === RSASHA256 ? decodeRsaPublicKey(key.publicKey) : null;
      findings.push(
        ...checkAgainstDocumentPolicy(document, bundle, key, rsa),
        ...checkAgainstOperator(bundle, key, rsa, policy),
      );
    }
    for (const signature of bundle.signatures) {
      const signer = bundle.keys.find((key) => key.keyIdentifier === signature.keyIdentifier);
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
