import { createPublicKey, type KeyObject } from "node:crypto";
import type { DnsKey } from "./model";

export const RSASHA256 = 8;
export const ECDSAP256SHA256 = 13;
const SEP_FLAG = 0x0001;

export function isKsk(key: Pick<DnsKey, "flags">): boolean {
  return (key.flags & SEP_FLAG) !== 0;
}

/** DNSKEY RDATA (RFC 4034 section 2.1): flags, protocol, algorithm, public key. */
export function dnskeyRdata(key: Pick<DnsKey, "flags" | "protocol" | "algorithm" | "publicKey">): Buffer {
  const publicKey = Buffer.from(key.publicKey, "base64");
  const rdata = Buffer.alloc(4 + publicKey.length);
  rdata.writeUInt16BE(key.flags, 0);
  rdata.writeUInt8(key.protocol, 2);
  rdata.writeUInt8(key.algorithm, 3);
  publicKey.copy(rdata, 4);
  return rdata;
}

/** Key tag per RFC 4034 Appendix B (algorithm 1 excepted, which is obsolete). */
export function keyTagOf(rdata: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < rdata.length; i++) sum += i & 1 ? (rdata[i] as number) : (rdata[i] as number) << 8;
  sum += (sum >> 16) & 0xffff;
  return sum & 0xffff;
}

/**
 * keyTagOf(dnskeyRdata(key)) for a key whose public key is already decoded (`publicKey`), without building
 * the RDATA: its four-byte header (flags, protocol, algorithm) leaves the key bytes at even offsets.
 */
export function keyTagOfKey(
  key: Pick<DnsKey, "flags" | "protocol" | "algorithm" | "publicKey">,
  publicKey: Uint8Array,
): number {
  const { flags, protocol, algorithm } = key;
  // Anything dnskeyRdata would refuse or truncate takes its path (and its RangeError).
  if (!(isUint(flags, 0xffff) && isUint(protocol, 0xff) && isUint(algorithm, 0xff)))
    return keyTagOf(dnskeyRdata(key));
  let sum = flags + (protocol << 8) + algorithm;
  const length = publicKey.length;
  let i = 0;
  for (; i + 1 < length; i += 2) sum += ((publicKey[i] as number) << 8) + (publicKey[i + 1] as number);
  if (i < length) sum += (publicKey[i] as number) << 8;
  sum += (sum >> 16) & 0xffff;
  return sum & 0xffff;
}

function isUint(value: number, max: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= max;
}

export interface RsaPublicKey {
  modulus: Buffer;
  exponent: Buffer;
  bits: number;
  exponentValue: number;
}

/** RFC 3110 public key: exponent length (1 byte, or 0 then 2 bytes), exponent, modulus. */
export function decodeRsaPublicKey(publicKey: string): RsaPublicKey | null {
  return decodeRsaPublicKeyBytes(Buffer.from(publicKey, "base64"));
}

/** decodeRsaPublicKey for the key's bytes. */
export function decodeRsaPublicKeyBytes(raw: Buffer): RsaPublicKey | null {
  if (raw.length < 3) return null;
  let offset = 1;
  let exponentLength = raw[0] as number;
  if (exponentLength === 0) {
    exponentLength = raw.readUInt16BE(1);
    offset = 3;
  }
  const exponent = raw.subarray(offset, offset + exponentLength);
  let modulus = raw.subarray(offset + exponentLength);
  if (exponent.length !== exponentLength || modulus.length === 0) return null;
  while (modulus.length > 1 && modulus[0] === 0) modulus = modulus.subarray(1);
  const bits = (modulus.length - 1) * 8 + (32 - Math.clz32(modulus[0] as number));
  const exponentValue = exponent.length <= 6 ? exponent.readUIntBE(0, exponent.length) : Number.NaN;
  return { modulus, exponent, bits, exponentValue };
}

/** A node:crypto public key for a DNSKEY, or a reason it cannot be built. */
export function toKeyObject(key: DnsKey): KeyObject | string {
  try {
    if (key.algorithm === RSASHA256) {
      const rsa = decodeRsaPublicKey(key.publicKey);
      if (!rsa) return "malformed RSA public key";
      return createPublicKey({
        key: { kty: "RSA", n: rsa.modulus.toString("base64url"), e: rsa.exponent.toString("base64url") },
        format: "jwk",
      });
    }
    if (key.algorithm === ECDSAP256SHA256) {
      const point = Buffer.from(key.publicKey, "base64");
      if (point.length !== 64) return `ECDSA P-256 key must be 64 bytes, not ${point.length}`;
      return createPublicKey({
        key: {
          kty: "EC",
          crv: "P-256",
          x: point.subarray(0, 32).toString("base64url"),
          y: point.subarray(32).toString("base64url"),
        },
        format: "jwk",
      });
    }
    return `algorithm ${key.algorithm} is not supported (only 8 RSASHA256 and 13 ECDSAP256SHA256)`;
  } catch (error) {
    return `public key rejected: ${(error as Error).message}`;
  }
}
