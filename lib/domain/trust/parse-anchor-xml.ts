import { SaxesParser, type SaxesTagPlain } from "saxes";
import { tryParseIsoInstant } from "@/lib/time";
import { type AnchorFields, buildAnchor } from "./build-anchor";
import type { AnchorInputError, TrustAnchor } from "./types";

// RFC 9718: TrustAnchor > Zone, KeyDigest* > KeyTag, Algorithm, DigestType, Digest, PublicKey?, Flags?.
const PARENT: Readonly<Record<string, string | null>> = {
  TrustAnchor: null,
  Zone: "TrustAnchor",
  KeyDigest: "TrustAnchor",
  KeyTag: "KeyDigest",
  Algorithm: "KeyDigest",
  DigestType: "KeyDigest",
  Digest: "KeyDigest",
  PublicKey: "KeyDigest",
  Flags: "KeyDigest",
};
const LEAVES: Readonly<Record<string, keyof AnchorFields>> = {
  KeyTag: "keyTag",
  Algorithm: "algorithm",
  DigestType: "digestType",
  Digest: "digest",
  PublicKey: "publicKey",
  Flags: "flags",
};

class ParseFailure extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

interface Digest {
  line: number;
  fields: Partial<AnchorFields>;
}

/** IANA's trust-anchor file (RFC 9718), strictly: known elements in their places, no DTD. */
export function parseAnchorXml(text: string): { anchors: TrustAnchor[]; errors: AnchorInputError[] } {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: string[] = [];
  const digests: Digest[] = [];
  let zone: string | null = null;
  let leafText = "";
  const fail = (message: string): never => {
    throw new ParseFailure(parser.line, message);
  };
  const validity = (tag: SaxesTagPlain, name: "validFrom" | "validUntil") => {
    const value = tag.attributes[name];
    if (value === undefined) return null;
    return tryParseIsoInstant(value) ?? fail(`${name} "${value}" is not a date-time with an offset`);
  };
  parser.on("doctype", () => fail("DOCTYPE is not allowed (no DTDs or entity declarations)"));
  parser.on("cdata", () => fail("CDATA sections are not allowed"));
  parser.on("opentag", (tag) => {
    const parent = stack.at(-1) ?? null;
    if (!(tag.name in PARENT)) fail(`unknown element <${tag.name}>`);
    if (PARENT[tag.name] !== parent)
      fail(
        `<${tag.name}> is not allowed ${parent ? `inside <${parent}>` : "at the top (expected <TrustAnchor>)"}`,
      );
    if (tag.name === "KeyDigest")
      digests.push({
        line: parser.line,
        fields: { validFrom: validity(tag, "validFrom"), validUntil: validity(tag, "validUntil") },
      });
    stack.push(tag.name);
    leafText = "";
  });
  parser.on("text", (chunk) => {
    leafText += chunk;
  });
  parser.on("closetag", (tag) => {
    stack.pop();
    const value = leafText.trim();
    leafText = "";
    if (tag.name === "Zone") zone = value;
    const field = LEAVES[tag.name];
    const digest = digests.at(-1);
    if (field && digest) {
      if (digest.fields[field] !== undefined) fail(`<${tag.name}> appears twice in one <KeyDigest>`);
      (digest.fields as Record<string, string>)[field] = value;
    }
  });
  try {
    parser.write(text).close();
  } catch (error) {
    const line = error instanceof ParseFailure ? error.line : parser.line;
    const message = (error as Error).message.replace(/^(?:[^:]*:)?\d+:\d+: /, "");
    return { anchors: [], errors: [{ line, message: `not a valid trust-anchor file: ${message}` }] };
  }
  if (zone === null) return { anchors: [], errors: [{ line: 1, message: "the file names no <Zone>" }] };
  const anchors: TrustAnchor[] = [];
  const errors: AnchorInputError[] = [];
  for (const { line, fields } of digests) {
    const anchor = buildAnchor({ ...fields, owner: zone, algorithm: fields.algorithm ?? "" });
    if (typeof anchor === "string") errors.push({ line, message: anchor });
    else anchors.push(anchor);
  }
  return { anchors, errors };
}
