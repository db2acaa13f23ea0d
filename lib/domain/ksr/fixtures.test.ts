import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { formatInstantUtc } from "@/lib/time";
import { inspectKsr } from "./inspect";

// Expected values were read from the XML files themselves (bundle ids, <Inception>/<Expiration>, Key
// keyTag attributes, Signature <KeyTag>), and digests from `sha256sum`, not from this code.
interface Expected {
  type: "KSR" | "SKR";
  id: string;
  serial: number;
  sha256: string;
  firstInception: string;
  lastExpiration: string;
  keyTags: number[][];
  signerTags: number[][];
}

const repeat = <T>(value: T, times: number): T[] => Array.from({ length: times }, () => value);

const KSR_2018_TAGS = [[46809, 41824], ...repeat([41824], 7), [39570, 41824]];
const EXPECTED: Record<string, Expected> = {
  "ksr-root-2010-q1-0.xml": {
    type: "KSR",
    id: "ba050f09-e208-4a32-bad2-91de3f2c2a12",
    serial: 1,
    sha256: "ba59909495d5ad643509ac9bc5e7cf0114c50888e9b39288475b6e191588c6ea",
    firstInception: "2010-01-01T00:00:00Z",
    lastExpiration: "2010-04-05T23:59:59Z",
    keyTags: [[49920, 23763], ...repeat([23763], 7), [23763, 55138]],
    signerTags: [[49920, 23763], ...repeat([23763], 7), [23763, 55138]],
  },
  "ksr-root-2016-q3-0.xml": {
    type: "KSR",
    id: "2dc3b3f3-2db2-4074-a5c9-535dcfc04f63",
    serial: 1,
    sha256: "89a144a441ed218c00cdb001182fa490716795c6a4fecb6549ca2856a4a982ad",
    firstInception: "2016-07-01T00:00:00Z",
    lastExpiration: "2016-10-05T23:59:59Z",
    keyTags: [[46551, 60615], ...repeat([46551], 7), [46551, 39291]],
    signerTags: [[46551, 60615], ...repeat([46551], 7), [46551, 39291]],
  },
  "ksr-root-2018-q1-0-d_to_e.xml": {
    type: "KSR",
    id: "4fe9bb10-6f6b-4503-8575-7824e2d66925",
    serial: 0,
    sha256: "d9f3e4e9ed8ed27d7d3d8cfc2d05f4f0470dbd22ac238d0c9ac728d1e2908a9b",
    firstInception: "2018-01-01T00:00:00Z",
    lastExpiration: "2018-04-12T00:00:00Z",
    keyTags: KSR_2018_TAGS,
    signerTags: KSR_2018_TAGS,
  },
  "skr-root-2017-q1-0.xml": {
    type: "SKR",
    id: "122992ea-297d-4f12-845b-0fb448c33ccb",
    serial: 1,
    sha256: "0475e10c848902105b2b06580f6990d17285fddd96aa8dd535967a1423a97312",
    firstInception: "2017-01-01T00:00:00Z",
    lastExpiration: "2017-04-11T00:00:00Z",
    keyTags: [[39291, 61045, 19036], ...repeat([61045, 19036], 7), [61045, 14796, 19036]],
    signerTags: repeat([19036], 9),
  },
  "skr-root-2018-q1-0-d_to_e.xml": {
    type: "SKR",
    id: "4fe9bb10-6f6b-4503-8575-7824e2d66925",
    serial: 0,
    sha256: "66bf3162fdd498c19a592b98312aa01deba4149c50bbac020c37e58be0a85100",
    firstInception: "2018-01-01T00:00:00Z",
    lastExpiration: "2018-04-12T00:00:00Z",
    keyTags: [
      [41824, 46809, 19036, 20326],
      ...repeat([41824, 19036, 20326], 7),
      [41824, 39570, 19036, 20326],
    ],
    // KSK rollover: the first bundle is signed by 19036, the other eight by 20326.
    signerTags: [[19036], ...repeat([20326], 8)],
  },
};

describe.each(Object.entries(EXPECTED))("%s", (name, expected) => {
  const inspection = inspectKsr(fixture(name));
  const { document } = inspection;

  it("parses type, id, serial, domain and 9 bundles", () => {
    expect([document.type, document.id, document.serial, document.domain]).toEqual([
      expected.type,
      expected.id,
      expected.serial,
      ".",
    ]);
    expect(document.bundles).toHaveLength(9);
  });

  it("has the first inception and last expiration read from the file", () => {
    expect(formatInstantUtc(document.bundles[0]?.inception ?? 0)).toBe(expected.firstInception);
    expect(formatInstantUtc(document.bundles[8]?.expiration ?? 0)).toBe(expected.lastExpiration);
  });

  it("has the key tags and signer key tags of every bundle", () => {
    expect(document.bundles.map((b) => b.keys.map((k) => k.keyTag))).toEqual(expected.keyTags);
    expect(document.bundles.map((b) => b.signatures.map((s) => s.keyTag))).toEqual(expected.signerTags);
  });

  it("hashes the exact bytes (SHA-256 as from sha256sum) and spells them in 32 PGP words", () => {
    expect(inspection.sha256).toBe(expected.sha256);
    expect(inspection.pgpWords).toHaveLength(32);
  });

  it("passes with no error findings (signatures verified)", () => {
    expect(inspection.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("fixture findings", () => {
  it("ksr.bad.xml fails proof of possession in bundle 0a8f7774 (its two signatures are swapped) and nowhere else", () => {
    const findings = inspectKsr(fixture("ksr.bad.xml")).findings;
    expect(findings.map((f) => [f.severity, f.code])).toEqual([
      ["error", "signature_invalid"],
      ["error", "signature_invalid"],
    ]);
    for (const finding of findings)
      expect(finding.message).toContain("bundle 0a8f7774-3bd3-4702-a923-f1d73f653bd6");
    expect(findings.map((f) => f.message).join(" ")).toMatch(/key 46809.*key 41824/);
  });

  it("the 2010 KSR only warns: 1-second misses of its own P15D/P5D, an over-long last overlap, RSA-1024, stated exponent 3", () => {
    const findings = inspectKsr(fixture("ksr-root-2010-q1-0.xml")).findings;
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(["warning"]));
    expect(new Set(findings.map((f) => f.code))).toEqual(
      new Set(["validity_out_of_policy", "overlap_out_of_policy", "weak_key", "rsa_exponent_mismatch"]),
    );
    // Bundle 9 (2010-03-21) overlaps bundle 8 (expires 2010-03-26T23:59:59) by 5d 23h 59m 59s, against P5D.
    expect(
      findings.some(
        (f) => f.message.includes("bundle 2eb82027") && f.message.includes("5d 23h 59m 59s > maximum 5d"),
      ),
    ).toBe(true);
  });

  it("the 2016 KSR warns about its RSA-1024 keys 46551 and 60615, not about the RSA-2048 key 39291", () => {
    // Public key lengths in the file: 132 bytes (1024-bit modulus) for 46551/60615, 260 bytes for 39291.
    const weak = inspectKsr(fixture("ksr-root-2016-q3-0.xml")).findings.filter((f) => f.code === "weak_key");
    expect(weak.map((f) => f.message)).toEqual([
      "bundle df64b6da-c1c7-49df-9958-bef478c095d4: key 46551 is RSA-1024, below 2048 bits",
      "bundle df64b6da-c1c7-49df-9958-bef478c095d4: key 60615 is RSA-1024, below 2048 bits",
    ]);
  });
});
