import { dnskeyRdata, keyTagOf } from "@/lib/domain/ksr/dnskey";
import { DIGEST_ALGORITHMS, dsDigest } from "./ds-digest";
import { canonicalOwner, isOwnerName } from "./owner-name";
import type { TrustAnchor } from "./types";

/** The fields an anchor is given by, as text, whichever input form they came from. */
export interface AnchorFields {
  owner: string;
  keyTag?: string;
  algorithm: string;
  digestType?: string;
  digest?: string;
  flags?: string;
  protocol?: string;
  publicKey?: string;
  validFrom?: number | null;
  validUntil?: number | null;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function uint(text: string | undefined, max: number, what: string): number | string {
  if (text === undefined || !/^\d{1,5}$/.test(text) || Number(text) > max)
    return `${what} must be a whole number from 0 to ${max}${text === undefined ? "" : `, not "${text}"`}`;
  return Number(text);
}

function keyPart(fields: AnchorFields, algorithm: number) {
  if (fields.publicKey === undefined) return null;
  const publicKey = fields.publicKey.replace(/\s+/g, "");
  if (!BASE64.test(publicKey) || publicKey.length % 4 !== 0) return "the public key is not valid base64";
  const flags = uint(fields.flags ?? "257", 0xffff, "DNSKEY flags");
  if (typeof flags === "string") return flags;
  if ((flags & 0x0100) === 0) return `DNSKEY flags ${flags} lack the zone-key bit (256 or 257 expected)`;
  const protocol = uint(fields.protocol ?? "3", 0xff, "DNSKEY protocol");
  if (protocol !== 3) return `DNSKEY protocol must be 3, not ${fields.protocol}`;
  return { flags, protocol: 3, algorithm, publicKey };
}

/**
 * Checks one anchor's fields and builds it, or says what is wrong. A digest and a key given together must
 * agree (the digest is of that key), and so must a stated key tag and the key's own.
 */
export function buildAnchor(fields: AnchorFields): TrustAnchor | string {
  const owner = fields.owner.trim();
  if (!isOwnerName(owner)) return `"${owner}" is not a domain name`;
  const algorithm = uint(fields.algorithm, 0xff, "the algorithm");
  if (typeof algorithm === "string") return algorithm;
  const key = keyPart(fields, algorithm);
  if (typeof key === "string") return key;
  const computedTag = key ? keyTagOf(dnskeyRdata(key)) : null;
  const keyTag =
    fields.keyTag === undefined && computedTag !== null
      ? computedTag
      : uint(fields.keyTag, 0xffff, "the key tag");
  if (typeof keyTag === "string") return keyTag;
  if (computedTag !== null && computedTag !== keyTag)
    return `key tag ${keyTag} is stated, but the public key's key tag is ${computedTag}`;

  let digestType: number | null = null;
  let digest: string | null = null;
  if (fields.digest !== undefined || fields.digestType !== undefined) {
    const type = uint(fields.digestType, 0xff, "the digest type");
    if (typeof type === "string") return type;
    const known = DIGEST_ALGORITHMS[type];
    if (!known) return `digest type ${type} is not supported (1 SHA-1, 2 SHA-256 or 4 SHA-384)`;
    digest = (fields.digest ?? "").replace(/\s+/g, "").toUpperCase();
    if (!/^[0-9A-F]*$/.test(digest) || digest.length !== known.hexLength)
      return `a digest of type ${type} is ${known.hexLength} hexadecimal digits`;
    digestType = type;
    if (key && dsDigest(owner, key, type) !== digest)
      return "the digest is not the digest of the public key given";
  }
  if (!key && digest === null) return "give a digest (DS) or a public key (DNSKEY)";
  const { validFrom = null, validUntil = null } = fields;
  if (validFrom !== null && validUntil !== null && validUntil <= validFrom)
    return "validUntil must be later than validFrom";
  return {
    owner: canonicalOwner(owner),
    keyTag,
    algorithm,
    digestType,
    digest,
    flags: key?.flags ?? null,
    publicKey: key?.publicKey ?? null,
    validFrom,
    validUntil,
  };
}
