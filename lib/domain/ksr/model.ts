import type { Instant } from "@/lib/time";

// Typed model of a KSR/SKR document: the IANA kskm XML format, or Knot DNS's text KSR/SKR (keymgr
// generate-ksr / sign-ksr). Durations are seconds, times instants. What one format lacks is optional.

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

export const DOCUMENT_FORMATS = ["iana-xml", "knot-text"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface DnsKey {
  /** IANA: the keyIdentifier attribute. Knot text has none: the key tag, as text. */
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
  /** The signing key's keyIdentifier (Knot text: the RRSIG's key tag, as text). */
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
  /** IANA: the id attribute. Knot text: the time slot's Unix timestamp from its header line. */
  id: string;
  /** IANA: the bundle's Inception. Knot text: the time slot's start. */
  inception: Instant;
  /**
   * IANA: the bundle's Expiration. Knot SKR: the earliest expiration of the slot's signatures; Knot KSR
   * (no signatures): the next slot's start, and for the last slot (the end of the requested period) its own.
   */
  expiration: Instant;
  keys: DnsKey[];
  signatures: RrSignature[];
  line: number;
}

export interface KsrDocument {
  format: DocumentFormat;
  type: DocumentType;
  /** The KSR element's id and serial attributes; Knot text has neither. */
  id?: string;
  serial?: number;
  domain: string;
  /** RequestPolicy/ZSK (KSR) or ResponsePolicy/ZSK (SKR); Knot text states no policy. */
  zskPolicy?: SignaturePolicy;
  /** ResponsePolicy/KSK, SKRs only. */
  kskPolicy?: SignaturePolicy;
  bundles: Bundle[];
}
