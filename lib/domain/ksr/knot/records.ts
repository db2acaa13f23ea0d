import { parseUtcTimestamp } from "@/lib/time";
import { dnskeyRdata, keyTagOf } from "../dnskey";
import { isBase64, toInteger } from "../leaf-values";
import type { DnsKey, RrSignature } from "../model";
import { KsrParseError } from "../parse-error";
import type { TextRecord } from "./lines";

const U8 = 0xff;
const U16 = 0xffff;
const U32 = 0xffff_ffff;
const TYPE_DNSKEY = 48;

/** A DNSKEY or RRSIG record of a Knot KSR/SKR, with its owner name. */
export type KnotRecord =
  | { kind: "DNSKEY"; owner: string; key: DnsKey }
  | { kind: "RRSIG"; owner: string; signature: RrSignature };

/** Owner, optional TTL and class, type: the fields before the RDATA. */
function header(record: TextRecord): { owner: string; ttl: number; type: string; rdata: string[] } {
  const [owner, ...rest] = record.tokens;
  let index = 0;
  let ttl: number | null = null;
  while (index < 2 && index < rest.length) {
    const token = rest[index] as string;
    if (/^\d+$/.test(token) && ttl === null) ttl = toInteger(token, "TTL", record.line, U32);
    else if (token.toUpperCase() !== "IN") break;
    index++;
  }
  const type = (rest[index] ?? "").toUpperCase();
  if (owner === undefined || ttl === null || type === "") {
    throw new KsrParseError(record.line, "expected a record: owner, TTL, type and data");
  }
  return { owner: owner.toLowerCase(), ttl, type, rdata: rest.slice(index + 1) };
}

function base64Of(tokens: string[], what: string, line: number): string {
  const text = tokens.join("");
  if (!isBase64(text)) throw new KsrParseError(line, `${what} is not base64`);
  return text;
}

/** RRSIG times: YYYYMMDDHHmmSS in UTC, or seconds since 1970 (RFC 4034 section 3.2). */
function rrsigTime(text: string, what: string, line: number): number {
  if (/^\d{14}$/.test(text)) {
    const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}T${text.slice(8, 10)}:${text.slice(10, 12)}:${text.slice(12, 14)}Z`;
    const parsed = parseUtcTimestamp(iso);
    if (!parsed.ok) throw new KsrParseError(line, `${what} "${text}": ${parsed.reason}`);
    return parsed.instant;
  }
  return toInteger(text, what, line, U32) * 1000;
}

function dnskey(record: TextRecord, ttl: number, rdata: string[]): DnsKey {
  const { line } = record;
  if (rdata.length < 4) throw new KsrParseError(line, "DNSKEY needs flags, protocol, algorithm and a key");
  const fields = {
    flags: toInteger(rdata[0] as string, "DNSKEY flags", line, U16),
    protocol: toInteger(rdata[1] as string, "DNSKEY protocol", line, U8),
    algorithm: toInteger(rdata[2] as string, "DNSKEY algorithm", line, U8),
    publicKey: base64Of(rdata.slice(3), "DNSKEY public key", line),
  };
  // Knot states the key tag in the comment ("id = 4882"); the key checks compare it with the key.
  const stated = /\bid = (\d{1,5})\b/.exec(record.comment)?.[1];
  const keyTag = stated ? toInteger(stated, "key id", line, U16) : keyTagOf(dnskeyRdata(fields));
  return { keyIdentifier: String(keyTag), keyTag, ttl, ...fields, line };
}

function rrsig(record: TextRecord, ttl: number, rdata: string[]): RrSignature {
  const { line } = record;
  if (rdata.length < 9) throw new KsrParseError(line, "RRSIG needs eight fields and a signature");
  const [covered, algorithm, labels, originalTtl, expiration, inception, keyTag, signer] = rdata as string[];
  if ((covered as string).toUpperCase() !== "DNSKEY") {
    throw new KsrParseError(line, `RRSIG covers ${covered}; a KSR/SKR holds DNSKEY signatures only`);
  }
  const tag = toInteger(keyTag as string, "RRSIG key tag", line, U16);
  return {
    keyIdentifier: String(tag),
    ttl,
    typeCovered: TYPE_DNSKEY,
    algorithm: toInteger(algorithm as string, "RRSIG algorithm", line, U8),
    labels: toInteger(labels as string, "RRSIG labels", line, U8),
    originalTtl: toInteger(originalTtl as string, "RRSIG original TTL", line, U32),
    signatureExpiration: rrsigTime(expiration as string, "RRSIG expiration", line),
    signatureInception: rrsigTime(inception as string, "RRSIG inception", line),
    keyTag: tag,
    signersName: (signer as string).toLowerCase(),
    signatureData: base64Of(rdata.slice(8), "RRSIG signature", line),
    line,
  };
}

/** A record of a Knot KSR/SKR as a model key or signature; any other type is refused. */
export function knotRecord(record: TextRecord): KnotRecord {
  const { owner, ttl, type, rdata } = header(record);
  if (type === "DNSKEY") return { kind: "DNSKEY", owner, key: dnskey(record, ttl, rdata) };
  if (type === "RRSIG") return { kind: "RRSIG", owner, signature: rrsig(record, ttl, rdata) };
  throw new KsrParseError(record.line, `unexpected ${type} record: a KSR/SKR holds DNSKEY and RRSIG only`);
}
