import { verify } from "node:crypto";
import { dnskeyRdata, ECDSAP256SHA256, keyTagOf, toKeyObject } from "../dnskey";
import { error, type Finding, warning } from "../findings";
import type { Bundle, KsrDocument, RrSignature } from "../model";
import { rrsigSignedData } from "../rrsig";

/**
 * A key whose signature over the bundle's DNSKEY set verified, with the period that signature is valid
 * (instants in ms). What coverage needs to decide whether the signer is trusted, without the file.
 */
export interface VerifiedSigner {
  /** Computed from the key, not taken from the document. */
  keyTag: number;
  flags: number;
  protocol: number;
  algorithm: number;
  publicKey: string;
  inception: number;
  expiration: number;
}

export interface SignatureVerification {
  findings: Finding[];
  /** Per bundle, in document order: the signers whose signature verified (empty when none did). */
  verifiedSigners: VerifiedSigner[][];
}

function verifyOne(document: KsrDocument, bundle: Bundle, signature: RrSignature): Finding | VerifiedSigner {
  const label = `bundle ${bundle.id}: signature by key ${signature.keyTag}`;
  const signer = bundle.keys.find((key) => key.keyIdentifier === signature.keyIdentifier);
  if (!signer) {
    return error(
      "signature_key_missing",
      `${label} names key "${signature.keyIdentifier}", which is not in the bundle, so it cannot be verified`,
    );
  }
  if (signer.algorithm !== signature.algorithm) {
    return error(
      "signature_invalid",
      `${label} uses algorithm ${signature.algorithm} but its key is algorithm ${signer.algorithm}`,
    );
  }
  const publicKey = toKeyObject(signer);
  if (typeof publicKey === "string") {
    return error("signature_unverifiable", `${label} cannot be verified: ${publicKey}`);
  }
  const data = rrsigSignedData(signature, bundle.keys, document.domain);
  const signatureBytes = Buffer.from(signature.signatureData, "base64");
  // DNSSEC ECDSA signatures are r || s (RFC 6605), which node calls ieee-p1363.
  const key =
    signer.algorithm === ECDSAP256SHA256 ? { key: publicKey, dsaEncoding: "ieee-p1363" as const } : publicKey;
  let valid = false;
  try {
    valid = verify("sha256", data, key, signatureBytes);
  } catch {
    valid = false;
  }
  if (valid) {
    const { flags, protocol, algorithm, publicKey: key64 } = signer;
    return {
      keyTag: keyTagOf(dnskeyRdata(signer)),
      flags,
      protocol,
      algorithm,
      publicKey: key64,
      inception: signature.signatureInception,
      expiration: signature.signatureExpiration,
    };
  }
  const what = document.type === "KSR" ? "proof of possession fails" : "KSK signature does not verify";
  return error("signature_invalid", `${label} does not verify over the bundle's DNSKEY RRset (${what})`);
}

/**
 * Cryptographic verification of every signature (RSASHA256 and ECDSAP256SHA256 via node:crypto).
 * KSR: each ZSK's self-signature, the proof of possession. SKR: the KSK signatures. Kept apart from
 * the structural checks because it costs far more than parsing (see bench).
 */
export function verifySignatures(document: KsrDocument): SignatureVerification {
  const findings: Finding[] = [];
  const verifiedSigners: VerifiedSigner[][] = [];
  // A Knot KSR carries no proof-of-possession signatures: there is nothing to verify in it.
  const unsigned = document.type === "KSR" && document.format === "knot-text";
  for (const bundle of document.bundles) {
    if (bundle.signatures.length === 0 && !unsigned) {
      findings.push(error("signature_unverifiable", `bundle ${bundle.id} has no signature`));
    }
    const verified: VerifiedSigner[] = [];
    for (const signature of bundle.signatures) {
      const outcome = verifyOne(document, bundle, signature);
      if ("severity" in outcome) findings.push(outcome);
      else verified.push(outcome);
    }
    verifiedSigners.push(verified);
    if (document.type === "KSR" && !unsigned) {
      for (const key of bundle.keys) {
        if (!bundle.signatures.some((signature) => signature.keyIdentifier === key.keyIdentifier)) {
          findings.push(
            error(
              "key_without_signature",
              `bundle ${bundle.id}: key ${key.keyTag} has no proof-of-possession signature`,
            ),
          );
        }
      }
    }
  }
  return { findings, verifiedSigners };
}

/**
 * Signatures whose signed window is not the bundle's own. IANA SKR: the KSK signs exactly the bundle
 * period. Knot SKR: keymgr backdates inceptions, so a signature must only cover the slot, from its start
 * to the bundle's expiration.
 */
export function checkSignatureWindows(document: KsrDocument, findings: Finding[] = []): Finding[] {
  if (document.type !== "SKR") return findings;
  const covers = document.format === "knot-text";
  const { bundles } = document;
  for (let b = 0; b < bundles.length; b++) {
    const bundle = bundles[b] as Bundle;
    const { signatures } = bundle;
    for (let s = 0; s < signatures.length; s++) {
      const signature = signatures[s] as RrSignature;
      const outside = covers
        ? signature.signatureInception > bundle.inception || signature.signatureExpiration < bundle.expiration
        : signature.signatureInception !== bundle.inception ||
          signature.signatureExpiration !== bundle.expiration;
      if (outside) {
        findings.push(
          warning(
            "signature_window_mismatch",
            `bundle ${bundle.id}: signature by key ${signature.keyTag} covers a different period than the bundle`,
          ),
        );
      }
    }
  }
  return findings;
}
