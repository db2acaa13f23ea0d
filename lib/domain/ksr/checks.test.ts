import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { dnskeyRdata, keyTagOf } from "./dnskey";
import { inspectKsr } from "./inspect";
import { ROOT_INSPECTION_POLICY } from "./inspection-policy";
import { pgpWords } from "./pgp-words";
import { rrsigSignedData } from "./rrsig";

const ksr2018 = fixture("ksr-root-2018-q1-0-d_to_e.xml").toString("utf8");
const skr2018 = fixture("skr-root-2018-q1-0-d_to_e.xml").toString("utf8");
const codes = (text: string) => inspectKsr(Buffer.from(text)).findings.map((f) => `${f.severity}:${f.code}`);

describe("policy checks on edited real documents", () => {
  it("recomputes key tags (RFC 4034 App. B) and flags a stated tag that does not match", () => {
    const wrongTag = ksr2018.replace('keyTag="46809"', 'keyTag="46808"');
    const findings = inspectKsr(Buffer.from(wrongTag)).findings;
    expect(findings.find((f) => f.code === "key_tag_mismatch")?.message).toBe(
      'bundle 0a8f7774-3bd3-4702-a923-f1d73f653bd6: key "302e312c302a06035504031323566572695369676e20444e5353656320526f6f7420414c47382032303438205a534b35" states tag 46808, its public key gives 46809',
    );
  });

  it("reports a gap and an out-of-policy stride when a bundle starts after the previous one expired", () => {
    // Bundle 2 moved from 2018-01-11 to 2018-01-23 (bundle 1 expires 2018-01-22).
    const gapped = ksr2018.replace(
      "<Inception>2018-01-11T00:00:00</Inception>",
      "<Inception>2018-01-23T00:00:00</Inception>",
    );
    const found = codes(gapped);
    expect(found).toContain("error:bundle_gap");
    expect(found).toContain("error:inception_stride");
  });

  it("checks the domain and the bundle count against the operator policy", () => {
    const found = codes(ksr2018.replace('domain="."', 'domain="example."'));
    expect(found).toContain("error:domain_mismatch");
    const eight = inspectKsr(Buffer.from(ksr2018), { policy: { ...ROOT_INSPECTION_POLICY, bundleCount: 8 } });
    expect(eight.findings.map((f) => f.message)).toContain("document has 9 bundles, expected 8");
  });

  it("verifies the real KSK signatures of an SKR and catches a tampered one", () => {
    const tampered = skr2018.replace("<SignatureData>mM30cv0ee5", "<SignatureData>nM30cv0ee5");
    const findings = inspectKsr(Buffer.from(tampered)).findings;
    expect(findings.map((f) => f.code)).toEqual(["signature_invalid"]);
    expect(findings[0]?.message).toMatch(/bundle 0a8f7774.*key 19036.*KSK signature does not verify/);
  });

  it("says so when a signature names a key the bundle does not contain", () => {
    const orphan = skr2018.replace(
      '<Signature keyIdentifier="Kjqmt7v">',
      '<Signature keyIdentifier="Kgone">',
    );
    expect(codes(orphan)).toEqual(["error:signature_key_missing"]);
  });

  it("checks the 180-day expiration horizon only when given a signing time", () => {
    const early = inspectKsr(Buffer.from(ksr2018), { now: Date.UTC(2017, 6, 1) }).findings;
    expect(early.filter((f) => f.code === "signature_horizon").length).toBeGreaterThan(0);
    const onTime = inspectKsr(Buffer.from(ksr2018), { now: Date.UTC(2017, 11, 1) }).findings;
    expect(onTime).toEqual([]);
  });
});

/** A one-bundle KSR signed with a fresh ECDSA P-256 key (algorithm 13). */
function ecdsaKsr(tamper = false): string {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = publicKey.export({ format: "jwk" });
  const point = Buffer.concat([
    Buffer.from(jwk.x as string, "base64url"),
    Buffer.from(jwk.y as string, "base64url"),
  ]);
  const key = {
    keyIdentifier: "ec1",
    keyTag: 0,
    ttl: 172800,
    flags: 256,
    protocol: 3,
    algorithm: 13,
    publicKey: point.toString("base64"),
    line: 0,
  };
  key.keyTag = keyTagOf(dnskeyRdata(key));
  const signature = {
    keyIdentifier: "ec1",
    ttl: 172800,
    typeCovered: 48,
    algorithm: 13,
    labels: 0,
    originalTtl: 172800,
    signatureExpiration: Date.UTC(2018, 0, 22),
    signatureInception: Date.UTC(2018, 0, 1),
    keyTag: key.keyTag,
    signersName: ".",
    signatureData: "",
    line: 0,
  };
  const signed = sign("sha256", rrsigSignedData(signature, [key], "."), {
    key: privateKey,
    dsaEncoding: "ieee-p1363",
  });
  if (tamper) signed[0] = (signed[0] as number) ^ 1;
  return `<KSR id="ec" domain="." serial="1"><Request><RequestPolicy><ZSK>
  <PublishSafety>P10D</PublishSafety><RetireSafety>P10D</RetireSafety>
  <MaxSignatureValidity>P21D</MaxSignatureValidity><MinSignatureValidity>P21D</MinSignatureValidity>
  <MaxValidityOverlap>P12D</MaxValidityOverlap><MinValidityOverlap>P9D</MinValidityOverlap>
  <SignatureAlgorithm algorithm="13"><ECDSA size="256"/></SignatureAlgorithm></ZSK></RequestPolicy>
  <RequestBundle id="b1"><Inception>2018-01-01T00:00:00Z</Inception><Expiration>2018-01-22T00:00:00Z</Expiration>
  <Key keyIdentifier="ec1" keyTag="${key.keyTag}"><TTL>172800</TTL><Flags>256</Flags><Protocol>3</Protocol><Algorithm>13</Algorithm><PublicKey>${key.publicKey}</PublicKey></Key>
  <Signature keyIdentifier="ec1"><TTL>172800</TTL><TypeCovered>DNSKEY</TypeCovered><Algorithm>13</Algorithm><Labels>0</Labels><OriginalTTL>172800</OriginalTTL>
  <SignatureExpiration>2018-01-22T00:00:00Z</SignatureExpiration><SignatureInception>2018-01-01T00:00:00Z</SignatureInception>
  <KeyTag>${key.keyTag}</KeyTag><SignersName>.</SignersName><SignatureData>${signed.toString("base64")}</SignatureData></Signature>
  </RequestBundle></Request></KSR>`;
}

describe("ECDSAP256SHA256 (algorithm 13)", () => {
  const policy = { ...ROOT_INSPECTION_POLICY, bundleCount: 1, inceptionSpanDays: null };

  it("verifies a valid proof-of-possession signature", () => {
    expect(inspectKsr(Buffer.from(ecdsaKsr()), { policy }).findings).toEqual([]);
  });

  it("rejects a signature with one flipped bit", () => {
    const findings = inspectKsr(Buffer.from(ecdsaKsr(true)), { policy }).findings;
    expect(findings.map((f) => f.code)).toEqual(["signature_invalid"]);
    expect(findings[0]?.message).toMatch(/^bundle b1: .*proof of possession fails/);
  });
});

describe("PGP word list", () => {
  it("matches the published vector (kskm test_wordlist): even offsets two-syllable, odd three-syllable", () => {
    const digest = createHash("sha256").update("The quick brown fox jumps over the lazy dog").digest();
    expect(pgpWords(digest).join(" ")).toBe(
      "stopwatch paramount watchword pocketful ahead stethoscope merit molecule gazelle revenue pupil pyramid ruffled antenna buzzard document optic escapade drunken tradition goggles crossover suspense impetus button aftermath stagnate rebellion clamshell retrospect topmost misnomer",
    );
  });

  it("maps 0x00 and 0xff at both parities to the table ends", () => {
    expect(pgpWords(new Uint8Array([0, 0, 255, 255]))).toEqual(["aardvark", "adroitness", "Zulu", "Yucatan"]);
  });
});
