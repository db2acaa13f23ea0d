import type { Instant } from "@/lib/time";

/**
 * A key whose signatures count toward coverage: a DS digest of a KSK (RFC 4509, RFC 9718's KeyDigest) or
 * the KSK itself (a DNSKEY record). At least one of `digest` and `publicKey` is set.
 */
export interface TrustAnchor {
  /** The zone the key signs, as a fully qualified name ("." for the root). */
  owner: string;
  keyTag: number;
  algorithm: number;
  /** DS digest type (1 SHA-1, 2 SHA-256, 4 SHA-384) and the digest as upper-case hex. */
  digestType: number | null;
  digest: string | null;
  /** DNSKEY flags and base64 public key, when the key itself was given. */
  flags: number | null;
  publicKey: string | null;
  /** When the anchor may be trusted (RFC 9718 validFrom / validUntil); null is open-ended. */
  validFrom: Instant | null;
  validUntil: Instant | null;
}

/** A line (or XML line) of anchor input that could not be read, and why. */
export interface AnchorInputError {
  line: number;
  message: string;
}

export type AnchorParseResult =
  | { ok: true; anchors: TrustAnchor[] }
  | { ok: false; errors: AnchorInputError[] };

/** Input larger than any real trust-anchor file, or with more anchors, is refused before it is read. */
export const MAX_ANCHOR_INPUT_BYTES = 65_536;
export const MAX_ANCHORS = 64;
