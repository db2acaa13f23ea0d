import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { inspectKsr, parseKsrDocument, summarizeInspection } from "@/lib/domain/ksr";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { MS_PER_DAY } from "@/lib/time";
import { assessBundle, dsDigest, parseTrustAnchors, ROOT_TRUST_ANCHORS, type TrustAnchor } from ".";

const rootAnchorsXml = readFileSync(
  fileURLToPath(new URL("../../../fixtures/trust/root-anchors.xml", import.meta.url)),
  "utf8",
);
const skr2018 = fixture("skr-root-2018-q1-0-d_to_e.xml");
const keys = parseKsrDocument(skr2018).bundles[0]?.keys ?? [];
const ksk = (tag: number) => {
  const key = keys.find((k) => k.keyTag === tag);
  if (!key) throw new Error(`no key ${tag} in the fixture`);
  return key;
};
const anchorsOf = (text: string): TrustAnchor[] => {
  const parsed = parseTrustAnchors(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.anchors;
};
const errorsOf = (text: string) => {
  const parsed = parseTrustAnchors(text);
  return parsed.ok ? [] : parsed.errors;
};

describe("trust anchors from IANA's root-anchors.xml (RFC 9718)", () => {
  it("reads the three root KSKs with their validity, the same as the shipped defaults", () => {
    expect(anchorsOf(rootAnchorsXml)).toEqual(ROOT_TRUST_ANCHORS);
  });

  it("the shipped digests are the DS digests of the real KSK-2010 and KSK-2017 keys in the SKR", () => {
    for (const tag of [19036, 20326]) {
      const anchor = ROOT_TRUST_ANCHORS.find((a) => a.keyTag === tag);
      expect(dsDigest(".", ksk(tag), 2)).toBe(anchor?.digest);
    }
  });

  it("refuses a DTD, unknown elements and misplaced ones, naming the line", () => {
    expect(
      errorsOf('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e "e">]><TrustAnchor/>')[0]?.message,
    ).toMatch(/DOCTYPE is not allowed/);
    const unknown = rootAnchorsXml.replace("<DigestType>2</DigestType>", "<DigestType>2</DigestType><Evil/>");
    expect(errorsOf(unknown)).toEqual([
      { line: 7, message: "not a valid trust-anchor file: unknown element <Evil>" },
    ]);
    const misplaced = rootAnchorsXml.replace("<Zone>.</Zone>", "<KeyTag>1</KeyTag>");
    expect(errorsOf(misplaced)[0]?.message).toMatch(/<KeyTag> is not allowed inside <TrustAnchor>/);
  });

  it("refuses a key digest with a bad digest, with the line of its KeyDigest, and adds nothing", () => {
    const bad = rootAnchorsXml.replace("E06D44B8", "E06D44");
    expect(errorsOf(bad)).toEqual([{ line: 10, message: "a digest of type 2 is 64 hexadecimal digits" }]);
  });
});

describe("trust anchors from DS and DNSKEY records", () => {
  it("reads DS records with TTL and class, comments and a digest split over parentheses", () => {
    const anchors = anchorsOf(
      [
        "; the root KSK-2017",
        ". 172800 IN DS 20326 8 2 (",
        "  E06D44B80B8F1D39A95C0B0D7C65D084",
        "  58E880409BBC683457104237C7F8EC8D )",
        ". IN DS 38696 8 2 683d2d0acb8c9b712a1948b27f741219298d0a450d612c483af444a4c0fb2b16",
      ].join("\n"),
    );
    expect(anchors.map((a) => [a.keyTag, a.digest?.slice(0, 8), a.validFrom])).toEqual([
      [20326, "E06D44B8", null],
      [38696, "683D2D0A", null],
    ]);
  });

  it("reads a DNSKEY record and computes its key tag from the key", () => {
    const key = ksk(20326);
    const [anchor] = anchorsOf(`. 172800 IN DNSKEY 257 3 8 ${key.publicKey}`);
    expect(anchor).toMatchObject({ owner: ".", keyTag: 20326, algorithm: 8, flags: 257, digest: null });
  });

  it("says which line is wrong and why, and accepts none of the input", () => {
    const errors = errorsOf(
      [
        ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D",
        ". IN DS 20326 8 3 E06D",
        "20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D",
        ". IN DNSKEY 256 3 8 not*base64",
        ". IN A 192.0.2.1",
      ].join("\n"),
    );
    expect(errors).toEqual([
      { line: 2, message: "digest type 3 is not supported (1 SHA-1, 2 SHA-256 or 4 SHA-384)" },
      { line: 3, message: "not a DS or DNSKEY record" },
      { line: 4, message: "the public key is not valid base64" },
      { line: 5, message: "not a DS or DNSKEY record" },
    ]);
    expect(errorsOf("")).toEqual([{ line: 0, message: "no DS or DNSKEY record, or <KeyDigest>, was found" }]);
  });
});

describe("whether a bundle counts", () => {
  const summary = summarizeInspection(inspectKsr(skr2018));
  const [first, second] = summary.bundles;
  if (!first || !second) throw new Error("fixture bundles missing");

  it("counts a bundle signed by a trusted key whose signature verifies, for the bundle's period", () => {
    expect(assessBundle(first, ".", ROOT_TRUST_ANCHORS)).toEqual({
      counted: true,
      inception: first.inception,
      expiration: first.expiration,
      reason: null,
    });
  });

  it("does not count a bundle whose signature does not verify", () => {
    expect(assessBundle({ ...first, verifiedSigners: [] }, ".", ROOT_TRUST_ANCHORS).reason).toBe(
      "not counted: signature does not verify",
    );
  });

  it("does not count a bundle signed by a key that is not an anchor, or an anchor of another zone", () => {
    const only2010 = ROOT_TRUST_ANCHORS.filter((a) => a.keyTag === 19036);
    expect(assessBundle(second, ".", only2010).reason).toBe("not counted: signed by untrusted key 20326");
    expect(assessBundle(first, "example.", ROOT_TRUST_ANCHORS).reason).toBe(
      "not counted: signed by untrusted key 19036",
    );
  });

  it("counts only inside the anchor's validity", () => {
    const ended = ROOT_TRUST_ANCHORS.map((a) =>
      a.keyTag === 19036 ? { ...a, validUntil: first.inception + MS_PER_DAY } : a,
    );
    expect(assessBundle(first, ".", ended)).toMatchObject({
      counted: true,
      inception: first.inception,
      expiration: first.inception + MS_PER_DAY,
    });
    const notYet = ROOT_TRUST_ANCHORS.map((a) =>
      a.keyTag === 19036 ? { ...a, validFrom: first.expiration } : a,
    );
    expect(assessBundle(first, ".", notYet).reason).toBe(
      "not counted: key 19036 is trusted only from 2018-01-22T00:00:00Z until 2019-01-11T00:00:00Z",
    );
  });

  it("without anchors to check against, counts a verified self-signed bundle", () => {
    expect(assessBundle(second, ".", null).counted).toBe(true);
    expect(assessBundle({ ...second, verifiedSigners: [] }, ".", null).counted).toBe(false);
  });

  it("never counts a bundle whose verification is unknown", () => {
    expect(assessBundle({ ...first, verifiedSigners: undefined }, ".", null).reason).toBe(
      "not counted: signature not verified yet",
    );
  });
});
