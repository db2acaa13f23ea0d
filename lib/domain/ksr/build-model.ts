import { formatInstantUtc } from "@/lib/time";
import { attribute, child, children, type Frame, optionalChild } from "./element-frame";
import {
  base64Child,
  durationChild,
  instantChild,
  integerChild,
  leafLine,
  publicKeyChild,
  type SeenValues,
  textChild,
  toInteger,
} from "./leaf-values";
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

// Each function runs when its element closes, so every child is already a model value (or, for
// Request, Response, the policies, RSA and ECDSA, the child's frame).

const U8 = 0xff;
const U16 = 0xffff;
const U32 = 0xffff_ffff;
const TYPE_DNSKEY = 48;

function algorithmPolicy(frame: Frame): AlgorithmPolicy {
  const algorithm = toInteger(attribute(frame, "algorithm"), "algorithm", frame.line, U8);
  const rsa = optionalChild<Frame>(frame, "RSA");
  const ecdsa = optionalChild<Frame>(frame, "ECDSA");
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
  throw new KsrParseError(frame.line, "<SignatureAlgorithm> needs an <RSA> or <ECDSA> element");
}

function signaturePolicy(frame: Frame): SignaturePolicy {
  const algorithms = children<AlgorithmPolicy>(frame, "SignatureAlgorithm");
  if (algorithms.length === 0)
    throw new KsrParseError(frame.line, `<${frame.name}> lists no <SignatureAlgorithm>`);
  return {
    publishSafety: durationChild(frame, "PublishSafety"),
    retireSafety: durationChild(frame, "RetireSafety"),
    maxSignatureValidity: durationChild(frame, "MaxSignatureValidity"),
    minSignatureValidity: durationChild(frame, "MinSignatureValidity"),
    maxValidityOverlap: durationChild(frame, "MaxValidityOverlap"),
    minValidityOverlap: durationChild(frame, "MinValidityOverlap"),
    algorithms,
  };
}

function dnsKey(frame: Frame, seen: SeenValues): DnsKey {
  return {
    keyIdentifier: attribute(frame, "keyIdentifier"),
    keyTag: toInteger(attribute(frame, "keyTag"), "keyTag", frame.line, U16),
    ttl: integerChild(frame, "TTL", U32),
    flags: integerChild(frame, "Flags", U16),
    protocol: integerChild(frame, "Protocol", U8),
    algorithm: integerChild(frame, "Algorithm", U8),
    publicKey: publicKeyChild(frame, "PublicKey", seen),
    line: frame.line,
  };
}

function typeCovered(frame: Frame): number {
  const text = child<string>(frame, "TypeCovered");
  if (text === "DNSKEY") return TYPE_DNSKEY;
  return toInteger(text, "<TypeCovered>", leafLine(frame, "TypeCovered"), U16);
}

function rrSignature(frame: Frame): RrSignature {
  return {
    keyIdentifier: attribute(frame, "keyIdentifier"),
    ttl: integerChild(frame, "TTL", U32),
    typeCovered: typeCovered(frame),
    algorithm: integerChild(frame, "Algorithm", U8),
    labels: integerChild(frame, "Labels", U8),
    originalTtl: integerChild(frame, "OriginalTTL", U32),
    signatureExpiration: instantChild(frame, "SignatureExpiration"),
    signatureInception: instantChild(frame, "SignatureInception"),
    keyTag: integerChild(frame, "KeyTag", U16),
    signersName: textChild(frame, "SignersName"),
    signatureData: base64Child(frame, "SignatureData"),
    line: frame.line,
  };
}

function bundle(frame: Frame): Bundle {
  const inception = instantChild(frame, "Inception");
  const expiration = instantChild(frame, "Expiration");
  if (expiration <= inception) {
    throw new KsrParseError(
      leafLine(frame, "Expiration"),
      `bundle ${attribute(frame, "id")} expires (${formatInstantUtc(expiration)}) before its inception (${formatInstantUtc(inception)})`,
    );
  }
  return {
    id: attribute(frame, "id"),
    inception,
    expiration,
    keys: children<DnsKey>(frame, "Key"),
    signatures: children<RrSignature>(frame, "Signature"),
    line: frame.line,
  };
}

function document(root: Frame): KsrDocument {
  const request = optionalChild<Frame>(root, "Request");
  const response = optionalChild<Frame>(root, "Response");
  if ((request ? 1 : 0) + (response ? 1 : 0) !== 1) {
    throw new KsrParseError(root.line, "<KSR> must contain exactly one <Request> or <Response>");
  }
  const body = (request ?? response) as Frame;
  const type: DocumentType = request ? "KSR" : "SKR";
  const policy = child<Frame>(body, request ? "RequestPolicy" : "ResponsePolicy");
  const kskPolicy = optionalChild<SignaturePolicy>(policy, "KSK");
  const bundles = children<Bundle>(body, request ? "RequestBundle" : "ResponseBundle");
  if (bundles.length === 0) throw new KsrParseError(body.line, `<${body.name}> contains no bundles`);
  return {
    format: "iana-xml",
    type,
    id: attribute(root, "id"),
    serial: toInteger(attribute(root, "serial"), "serial", root.line, U32),
    domain: attribute(root, "domain"),
    zskPolicy: child<SignaturePolicy>(policy, "ZSK"),
    ...(kskPolicy ? { kskPolicy } : {}),
    bundles,
  };
}

/**
 * The model value of an element that just closed (its children are already values); anything missing or
 * malformed is a KsrParseError. Elements read only by their parent stay frames. `seen` holds the values
 * already read in this document.
 */
export function closeElement(frame: Frame, seen: SeenValues): unknown {
  switch (frame.name) {
    case "KSR":
      return document(frame);
    case "ZSK":
    case "KSK":
      return signaturePolicy(frame);
    case "SignatureAlgorithm":
      return algorithmPolicy(frame);
    case "RequestBundle":
    case "ResponseBundle":
      return bundle(frame);
    case "Key":
      return dnsKey(frame, seen);
    case "Signature":
      return rrSignature(frame);
    default:
      return frame;
  }
}
