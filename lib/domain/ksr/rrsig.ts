import { dnskeyRdata } from "./dnskey";
import type { DnsKey, RrSignature } from "./model";

const CLASS_IN = 1;

/** Wire form of a domain name, lower-cased (RFC 4034 section 6.2). */
export function nameToWire(name: string): Buffer {
  const labels = name === "." ? [] : name.replace(/\.$/, "").toLowerCase().split(".");
  const parts: Buffer[] = [];
  for (const label of labels) {
    const bytes = Buffer.from(label, "ascii");
    if (bytes.length === 0 || bytes.length > 63) throw new RangeError(`bad DNS label in ${name}`);
    parts.push(Buffer.from([bytes.length]), bytes);
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}

/**
 * The data an RRSIG over a DNSKEY RRset signs (RFC 4034 section 3.1.8.1): RRSIG RDATA without the
 * signature, then every DNSKEY RR of the bundle in canonical form and order (section 6.3: sorted by
 * RDATA as unsigned octet strings, TTL = Original TTL, owner = the zone apex).
 */
export function rrsigSignedData(signature: RrSignature, keys: readonly DnsKey[], owner: string): Buffer {
  const signer = nameToWire(signature.signersName);
  const header = Buffer.alloc(18);
  header.writeUInt16BE(signature.typeCovered, 0);
  header.writeUInt8(signature.algorithm, 2);
  header.writeUInt8(signature.labels, 3);
  header.writeUInt32BE(signature.originalTtl, 4);
  header.writeUInt32BE(Math.floor(signature.signatureExpiration / 1000) >>> 0, 8);
  header.writeUInt32BE(Math.floor(signature.signatureInception / 1000) >>> 0, 12);
  header.writeUInt16BE(signature.keyTag, 16);

  const ownerWire = nameToWire(owner);
  const rrPrefix = Buffer.alloc(8);
  rrPrefix.writeUInt16BE(signature.typeCovered, 0);
  rrPrefix.writeUInt16BE(CLASS_IN, 2);
  rrPrefix.writeUInt32BE(signature.originalTtl, 4);

  // Duplicate RDATA collapses to one RR in a canonical RRset.
  const rdatas = [
    ...new Map(keys.map((key) => dnskeyRdata(key)).map((r) => [r.toString("hex"), r])).values(),
  ];
  rdatas.sort(Buffer.compare);
  const parts: Buffer[] = [header, signer];
  for (const rdata of rdatas) {
    const length = Buffer.alloc(2);
    length.writeUInt16BE(rdata.length, 0);
    parts.push(ownerWire, rrPrefix, length, rdata);
  }
  return Buffer.concat(parts);
}
