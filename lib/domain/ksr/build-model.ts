import { formatInstantUtc } from "@/lib/time";
import type {
  AlgorithmPolicy,
  Bundle,
  DnsKey,
  DocumentType,
  KsrDocument,
  RrSignature,
  SignaturePolicy,
} from "./model";
import { KsrParseError } from "./parse-error";
import {
  attribute,
  child,
  children,
  durationChild,
  instantChild,
  integerChild,
  optionalChild,
  textChild,
  toInteger,
} from "./read-node";
import type { XmlNode } from "./xml-tree";

const U8 = 0xff;
const U16 = 0xffff;
const U32 = 0xffff_ffff;
const TYPE_DNSKEY = 48;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function algorithmPolicy(node: XmlNode): AlgorithmPolicy {
  const algorithm = toInteger(attribute(node, "algorithm"), "algorithm", node.line, U8);
  const rsa = optionalChild(node, "RSA");
  const ecdsa = optionalChild(node, "ECDSA");
  if (rsa) {
    const size = toInteger(attribute(rsa, "size"), "RSA size", rsa.line, 16384);
    return {
      algorithm,
      rsa: { size, exponent: toInteger(attribute(rsa, "exponent"), "RSA exponent", rsa.line, U32) },
    };
  }
  if (ecdsa)
    return {
      algorithm,
      ecdsa: { size: toInteger(attribute(ecdsa, "size"), "ECDSA size", ecdsa.line, 1024) },
    };
  throw new KsrParseError(node.line, "<SignatureAlgorithm> needs an <RSA> or <ECDSA> element");
}

function signaturePolicy(node: XmlNode): SignaturePolicy {
  const algorithms = children(node, "SignatureAlgorithm").map(algorithmPolicy);
  if (algorithms.length === 0)
    throw new KsrParseError(node.line, `<${node.name}> lists no <SignatureAlgorithm>`);
  return {
    publishSafety: durationChild(node, "PublishSafety"),
    retireSafety: durationChild(node, "RetireSafety"),
    maxSignatureValidity: durationChild(node, "MaxSignatureValidity"),
    minSignatureValidity: durationChild(node, "MinSignatureValidity"),
    maxValidityOverlap: durationChild(node, "MaxValidityOverlap"),
    minValidityOverlap: durationChild(node, "MinValidityOverlap"),
    algorithms,
  };
}

function base64Child(node: XmlNode, name: string): string {
  const text = textChild(node, name).replace(/\s+/g, "");
  if (!BASE64.test(text)) throw new KsrParseError(child(node, name).line, `<${name}> is not base64`);
  return text;
}

function dnsKey(node: XmlNode): DnsKey {
  return {
    keyIdentifier: attribute(node, "keyIdentifier"),
    keyTag: toInteger(attribute(node, "keyTag"), "keyTag", node.line, U16),
    ttl: integerChild(node, "TTL", U32),
    flags: integerChild(node, "Flags", U16),
    protocol: integerChild(node, "Protocol", U8),
    algorithm: integerChild(node, "Algorithm", U8),
    publicKey: base64Child(node, "PublicKey"),
    line: node.line,
  };
}

function typeCovered(node: XmlNode): number {
  const leaf = child(node, "TypeCovered");
  if (leaf.text === "DNSKEY") return TYPE_DNSKEY;
  return toInteger(leaf.text, "<TypeCovered>", leaf.line, U16);
}

function rrSignature(node: XmlNode): RrSignature {
  return {
    keyIdentifier: attribute(node, "keyIdentifier"),
    ttl: integerChild(node, "TTL", U32),
    typeCovered: typeCovered(node),
    algorithm: integerChild(node, "Algorithm", U8),
    labels: integerChild(node, "Labels", U8),
    originalTtl: integerChild(node, "OriginalTTL", U32),
    signatureExpiration: instantChild(node, "SignatureExpiration"),
    signatureInception: instantChild(node, "SignatureInception"),
    keyTag: integerChild(node, "KeyTag", U16),
    signersName: textChild(node, "SignersName"),
    signatureData: base64Child(node, "SignatureData"),
    line: node.line,
  };
}

function bundle(node: XmlNode): Bundle {
  const inception = instantChild(node, "Inception");
  const expiration = instantChild(node, "Expiration");
  if (expiration <= inception) {
    throw new KsrParseError(
      child(node, "Expiration").line,
      `bundle ${attribute(node, "id")} expires (${formatInstantUtc(expiration)}) before its inception (${formatInstantUtc(inception)})`,
    );
  }
  return {
    id: attribute(node, "id"),
    inception,
    expiration,
    keys: children(node, "Key").map(dnsKey),
    signatures: children(node, "Signature").map(rrSignature),
    line: node.line,
  };
}

/** Maps a validated tree to the typed model; anything missing or malformed is a KsrParseError. */
export function buildDocument(root: XmlNode): KsrDocument {
  const request = optionalChild(root, "Request");
  const response = optionalChild(root, "Response");
  if ((request ? 1 : 0) + (response ? 1 : 0) !== 1) {
    throw new KsrParseError(root.line, "<KSR> must contain exactly one <Request> or <Response>");
  }
  const body = (request ?? response) as XmlNode;
  const type: DocumentType = request ? "KSR" : "SKR";
  const policy = child(body, request ? "RequestPolicy" : "ResponsePolicy");
  const kskPolicy = optionalChild(policy, "KSK");
  const bundles = children(body, request ? "RequestBundle" : "ResponseBundle").map(bundle);
  if (bundles.length === 0) throw new KsrParseError(body.line, `<${body.name}> contains no bundles`);
  return {
    type,
    id: attribute(root, "id"),
    serial: toInteger(attribute(root, "serial"), "serial", root.line, U32),
    domain: attribute(root, "domain"),
    zskPolicy: signaturePolicy(child(policy, "ZSK")),
    ...(kskPolicy ? { kskPolicy: signaturePolicy(kskPolicy) } : {}),
    bundles,
  };
}
