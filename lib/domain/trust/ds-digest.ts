import { createHash } from "node:crypto";
import { dnskeyRdata } from "@/lib/domain/ksr/dnskey";
import type { DnsKey } from "@/lib/domain/ksr/model";
import { nameToWire } from "@/lib/domain/ksr/rrsig";

/** DS digest types (RFC 4034, 4509, 6605) and the hash each names. */
export const DIGEST_ALGORITHMS: Readonly<Record<number, { hash: string; hexLength: number }>> = {
  1: { hash: "sha1", hexLength: 40 },
  2: { hash: "sha256", hexLength: 64 },
  4: { hash: "sha384", hexLength: 96 },
};

/** The DS digest of a DNSKEY (RFC 4034 section 5.1.4): hash of owner name wire form || DNSKEY RDATA; upper-case hex. */
export function dsDigest(
  owner: string,
  key: Pick<DnsKey, "flags" | "protocol" | "algorithm" | "publicKey">,
  digestType: number,
): string | null {
  const algorithm = DIGEST_ALGORITHMS[digestType];
  if (!algorithm) return null;
  return createHash(algorithm.hash)
    .update(nameToWire(owner))
    .update(dnskeyRdata(key))
    .digest("hex")
    .toUpperCase();
}
