import type { Instant } from "@/lib/time";

// Typed model of an IANA KSR/SKR document (the kskm XML format). Durations are seconds, times instants.

export const DOCUMENT_TYPES = ["KSR", "SKR"] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface AlgorithmPolicy {
  algorithm: number;
  /** RSA: modulus size and exponent; ECDSA: curve size. */
  rsa?: { size: number; exponent: number };
  ecdsa?: { size: number };
}

export interface SignaturePolicy {
  publishSafety: number;
  retireSafety: number;
  maxSignatureValidity: number;
  minSignatureValidity: number;
  maxValidityOverlap: number;
  minValidityOverlap: number;
  algorithms: AlgorithmPolicy[];
}

export interface DnsKey {
  keyIdentifier: string;
  /** The key tag the document states; checks recompute it from the key. */
  keyTag: number;
  ttl: number;
  flags: number;
  protocol: number;
  algorithm: number;
  /** Base64 as in the document. */
  publicKey: string;
  line: number;
}

export interface RrSignature {
  keyIdentifier: string;
  ttl: number;
  /** RR type number (48 = DNSKEY). */
  typeCovered: number;
  algorithm: number;
  labels: number;
  originalTtl: number;
  signatureExpiration: Instant;
  signatureInception: Instant;
  keyTag: number;
  signersName: string;
  signatureData: string;
  line: number;
}

export interface Bundle {
  id: string;
  inception: Instant;
  expiration: Instant;
  keys: DnsKey[];
  signatures: RrSignature[];
  line: number;
}

export interface KsrDocument {
  type: DocumentType;
  id: string;
  serial: number;
  domain: string;
  /** RequestPolicy/ZSK (KSR) or ResponsePolicy/ZSK (SKR). */
  zskPolicy: SignaturePolicy;
  /** ResponsePolicy/KSK, SKRs only. */
  kskPolicy?: SignaturePolicy;
  bundles: Bundle[];
}
