import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { corruptedSkr } from "@/lib/testing/ksr-fixtures";
import { MS_PER_DAY, MS_PER_MINUTE } from "@/lib/time";
import { buildCli, builtCli, type CLI_ENTRIES } from "./build-cli";

const root = fileURLToPath(new URL("..", import.meta.url));
const iana = (name: string) => join(root, "fixtures/iana", name);
const rootAnchors = join(root, "fixtures/trust/root-anchors.xml");

// The commands as they ship: the JavaScript that scripts/build-cli.ts builds, run by plain node.
beforeAll(buildCli, MS_PER_MINUTE);

function run(command: (typeof CLI_ENTRIES)[number], args: string[]) {
  const result = spawnSync(process.execPath, [builtCli(command), ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe("npm run ksr -- inspect", () => {
  it("exits 0 and prints the documented JSON for clean SKRs, with coverage over them", () => {
    const { status, stdout, stderr } = run("ksr", [
      "inspect",
      iana("skr-root-2017-q1-0.xml"),
      iana("skr-root-2018-q1-0-d_to_e.xml"),
    ]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.coverage).toEqual({
      coverageEnd: "2017-04-11T00:00:00Z",
      nextNeededBy: "2017-03-31T00:00:00Z",
      gaps: [{ from: "2017-04-11T00:00:00Z", to: "2018-01-01T00:00:00Z" }],
    });
    const skr = report.documents[1];
    expect(Object.keys(skr)).toEqual([
      "file",
      "format",
      "type",
      "id",
      "serial",
      "domain",
      "sha256",
      "pgpWords",
      "firstInception",
      "lastExpiration",
      "bundles",
      "findings",
    ]);
    expect(report.documents.length).toBe(2);
    expect(skr).toMatchObject({
      type: "SKR",
      serial: 0,
      domain: ".",
      firstInception: "2018-01-01T00:00:00Z",
      lastExpiration: "2018-04-12T00:00:00Z",
      findings: [],
    });
    expect(skr.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(skr.pgpWords).toHaveLength(32);
    expect(skr.bundles[1]).toEqual({
      id: "4c05c9b8-a7c4-46b7-a4f8-737a5261f09b",
      inception: "2018-01-11T00:00:00Z",
      expiration: "2018-02-01T00:00:00Z",
      keyTags: [41824, 19036, 20326],
      signerKeyTags: [20326],
      counted: true,
      reason: null,
    });
    for (const bundle of skr.bundles) expect(bundle.inception).toMatch(INSTANT);
    expect(report.trustAnchors).toEqual({
      checked: false,
      note: "no trust anchor was checked: every bundle whose signature verifies counts",
    });
    expect(report.notCounted).toEqual([]);
  });

  it("counts only bundles whose signature verifies and, with --anchors, whose signer is an anchor", () => {
    const dir = mkdtempSync(join(tmpdir(), "ksr-cli-"));
    const corrupted = join(dir, "skr-later.xml");
    writeFileSync(
      corrupted,
      corruptedSkr(readFileSync(iana("skr-root-2018-q1-0-d_to_e.xml")), 100 * MS_PER_DAY),
    );
    const plain = run("ksr", ["inspect", iana("skr-root-2018-q1-0-d_to_e.xml"), corrupted]);
    expect(plain.status).toBe(1);
    const report = JSON.parse(plain.stdout);
    expect(report.coverage.coverageEnd).toBe("2018-04-12T00:00:00Z");
    expect(report.notCounted).toEqual([{ reason: "not counted: signature does not verify", bundles: 9 }]);
    expect(report.documents[1].bundles[0]).toMatchObject({ counted: false });

    const onlyKsk2010 = join(dir, "anchors.txt");
    writeFileSync(
      onlyKsk2010,
      ". IN DS 19036 8 2 49AAC11D7B6F6446702E54A1607371607A1A41855200FD2CE1CDDE32F24E8FB5\n",
    );
    const anchored = JSON.parse(
      run("ksr", ["inspect", "--anchors", onlyKsk2010, iana("skr-root-2018-q1-0-d_to_e.xml")]).stdout,
    );
    expect(anchored.trustAnchors).toEqual({ checked: true, file: onlyKsk2010, count: 1 });
    expect(anchored.notCounted).toEqual([
      { reason: "not counted: signed by untrusted key 20326", bundles: 8 },
    ]);
    // Only the first bundle (signed by KSK-2010) counts: coverage ends with it.
    expect(anchored.coverage.coverageEnd).toBe("2018-01-22T00:00:00Z");

    const xml = JSON.parse(
      run("ksr", ["inspect", "--anchors", rootAnchors, iana("skr-root-2018-q1-0-d_to_e.xml")]).stdout,
    );
    expect(xml.trustAnchors.count).toBe(3);
    expect(xml.coverage.coverageEnd).toBe("2018-04-12T00:00:00Z");

    const bad = join(dir, "bad-anchors.txt");
    writeFileSync(bad, ". IN DS 19036 8 2 49AA\n");
    const refused = run("ksr", ["inspect", "--anchors", bad, iana("skr-root-2018-q1-0-d_to_e.xml")]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`${bad}: line 1: a digest of type 2 is 64 hexadecimal digits\n`);
  });

  it("exits 1 with the failing proof of possession for ksr.bad.xml, and null coverage without SKRs", () => {
    const { status, stdout } = run("ksr", ["inspect", iana("ksr.bad.xml")]);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.coverage).toBeNull();
    expect(report.documents[0].findings.map((f: { code: string }) => f.code)).toEqual([
      "signature_invalid",
      "signature_invalid",
    ]);
  });

  it("exits 2 with a one-line reason naming the file for unreadable or unparsable input", () => {
    const dir = mkdtempSync(join(tmpdir(), "ksr-cli-"));
    const broken = join(dir, "broken.xml");
    writeFileSync(broken, '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><KSR/>');
    const parsed = run("ksr", ["inspect", broken]);
    expect(parsed.status).toBe(2);
    expect(parsed.stdout).toBe("");
    expect(parsed.stderr).toBe(
      `${broken}: line 1: DOCTYPE is not allowed (no DTDs or entity declarations)\n`,
    );
    const missing = run("ksr", ["inspect", join(dir, "missing.xml")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`${join(dir, "missing.xml")}: cannot read (ENOENT)\n`);
  });

  it("exits 2 with usage for no files or an unknown subcommand", () => {
    for (const args of [[], ["inspect"], ["sign", iana("ksr.bad.xml")]]) {
      const { status, stderr } = run("ksr", args);
      expect(status).toBe(2);
      expect(stderr).toMatch(/^usage: npm run ksr -- inspect \[--anchors FILE\] FILE\.\.\.\n$/);
    }
  });
});

describe("npm run quorum", () => {
  const dir = mkdtempSync(join(tmpdir(), "quorum-cli-"));
  // One ceremony administrator who attends: the scenario bench:cli times as well.
  const scenario = JSON.parse(readFileSync(join(root, "fixtures/quorum/one-administrator.json"), "utf8"));

  /** Writes a date search over the scenario's people at its facility, 10:00 for 4 hours. */
  const datesFile = (name: string, search: Record<string, unknown>) => {
    const file = join(dir, name);
    const { ceremony, ...rest } = scenario;
    writeFileSync(
      file,
      JSON.stringify({
        ...rest,
        facility: ceremony.facility,
        localStartTime: "10:00",
        durationMinutes: 240,
        ...search,
      }),
    );
    return file;
  };

  it("prints the verdict JSON and exits 0", () => {
    const file = join(dir, "ok.json");
    writeFileSync(file, JSON.stringify(scenario));
    const { status, stdout } = run("quorum", [file]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      verdict: "met",
      requirements: [
        { role: "ceremony_administrator", min: 1, confirmed: 1, possible: 0, margin: 0, met: true },
      ],
      people: [{ id: "ca", status: "confirmed", assignedTo: "ceremony_administrator", reasons: [] }],
    });
  });

  it("exits 2 naming the field path of an invalid scenario", () => {
    const file = join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({ ...scenario, people: [{ ...scenario.people[0], homeCountry: "ZZ" }] }),
    );
    const { status, stdout, stderr } = run("quorum", [file]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "invalid scenario: people.0.homeCountry: must be an ISO 3166-1 alpha-2 country code (e.g. US, SE)\n",
    );
  });

  it("ranks dates with the dates subcommand", () => {
    const file = datesFile("dates.json", {
      window: { from: "2020-04-24", to: "2020-04-27" },
      blackout: { weekdaysOnly: true },
    });
    const { status, stdout } = run("quorum", ["dates", file]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).map((c: { date: string; start: string }) => [c.date, c.start])).toEqual([
      ["2020-04-24", "2020-04-24T17:00:00Z"],
      ["2020-04-27", "2020-04-27T17:00:00Z"],
    ]);
  });

  it("dates: marks dates after notAfter too late and keeps busy days out, naming why", () => {
    const file = datesFile("dates-calendar.json", {
      window: { from: "2020-04-20", to: "2020-04-24" },
      notAfter: "2020-04-22T23:00:00Z",
      busy: [
        {
          label: "KC42",
          facility: "KMF-WEST",
          start: "2020-04-20T17:00:00Z",
          end: "2020-04-20T21:00:00Z",
          standbyDate: "2020-04-21",
        },
        {
          label: "KC43",
          facility: "KMF-EAST",
          start: "2020-04-22T14:00:00Z",
          end: "2020-04-22T18:00:00Z",
          people: ["ca"],
        },
      ],
    });
    const { status, stdout } = run("quorum", ["dates", file]);
    expect(status).toBe(0);
    const ranked = JSON.parse(stdout) as {
      date: string;
      verdict: string;
      tooLate: unknown;
      blocked: boolean;
      clashes: string[];
    }[];
    expect(ranked.map((c) => c.date)).toEqual([
      "2020-04-22",
      "2020-04-23",
      "2020-04-24",
      "2020-04-20",
      "2020-04-21",
    ]);
    // The administrator is at KC43 in the east on the 22nd: away, so not met, but the only date in time.
    expect(ranked[0]).toMatchObject({
      verdict: "not_met",
      tooLate: null,
      clashes: ["ca is at KC43 (KMF-EAST) that day"],
    });
    expect(ranked[1]).toMatchObject({
      verdict: "met",
      tooLate: { label: "notAfter", at: "2020-04-22T23:00:00Z" },
    });
    expect(ranked[3]).toMatchObject({ blocked: true, clashes: ["KC42 is held at this facility that day"] });
    expect(ranked[4]).toMatchObject({ blocked: true, clashes: ["standby day of KC42 at this facility"] });
  });

  it("dates: a busy entry ending before it starts is refused with its path", () => {
    const file = datesFile("dates-bad-busy.json", {
      window: { from: "2020-04-20", to: "2020-04-24" },
      busy: [{ facility: "KMF-WEST", start: "2020-04-20T17:00:00Z", end: "2020-04-20T16:00:00Z" }],
    });
    const { status, stderr } = run("quorum", ["dates", file]);
    expect(status).toBe(2);
    expect(stderr).toBe("invalid scenario: busy.0.end: end must be after start\n");
  });

  it("exits 2 on unreadable JSON and on missing arguments", () => {
    const file = join(dir, "not.json");
    writeFileSync(file, "{");
    expect(run("quorum", [file]).status).toBe(2);
    expect(run("quorum", []).stderr).toMatch(/^usage:/);
  });
});

describe("npm run ksr -- inspect on Knot DNS offline-KSK text (keymgr generate-ksr / sign-ksr)", () => {
  const knot = (name: string) => join(root, "fixtures/knot", name);
  const anchors = ["--anchors", knot("trust-anchor.ds")];
  const inspect = (...args: string[]) => {
    const result = run("ksr", ["inspect", ...args]);
    return { ...result, report: result.status === 2 ? null : JSON.parse(result.stdout) };
  };

  it("reads a KSR and a signed SKR: every bundle verifies, is signed by the anchor and counts", () => {
    const ksr = inspect(knot("ksr.txt"));
    expect(ksr.status).toBe(0);
    expect(ksr.report.documents[0]).toMatchObject({
      format: "knot-text",
      type: "KSR",
      id: null,
      domain: ".",
    });
    expect(ksr.report.documents[0].bundles).toHaveLength(5);
    expect(ksr.report.documents[0].findings).toEqual([]);

    const skr = inspect(...anchors, knot("skr.txt"));
    expect(skr.stderr).toBe("");
    expect(skr.status).toBe(0);
    const [document] = skr.report.documents;
    expect(document).toMatchObject({ format: "knot-text", type: "SKR", findings: [] });
    expect(document.bundles).toHaveLength(13);
    expect(document.bundles.every((b: { counted: boolean }) => b.counted)).toBe(true);
    expect(skr.report.trustAnchors).toMatchObject({ checked: true, count: 1 });
    expect(skr.report.coverage).toEqual({
      coverageEnd: "2027-03-15T00:00:00Z",
      nextNeededBy: "2027-03-08T00:00:00Z",
      gaps: [],
    });
  });

  it("a corrupted signature fails by name and its bundle does not count", () => {
    const { status, report } = inspect(...anchors, knot("skr-corrupt-signature.txt"));
    expect(status).toBe(1);
    const [document] = report.documents;
    expect(document.findings).toEqual([
      expect.objectContaining({
        severity: "error",
        message: expect.stringMatching(/^bundle 1798761600: .*does not verify/),
      }),
    ]);
    expect(document.bundles[0]).toMatchObject({ id: "1798761600", counted: false });
    expect(report.notCounted).toEqual([{ reason: "not counted: signature does not verify", bundles: 1 }]);
  });

  it("an SKR signed by another KSK verifies but counts for nothing against the anchor", () => {
    const { report } = inspect(...anchors, knot("skr-other-ksk.txt"));
    expect(report.documents[0].bundles.some((b: { counted: boolean }) => b.counted)).toBe(false);
    expect(report.notCounted).toEqual([
      { reason: "not counted: signed by untrusted key 20497", bundles: 13 },
    ]);
    expect(report.coverage).toBeNull();
  });

  it("a truncated file and a file of garbage exit 2 with the line and the reason", () => {
    const truncated = inspect(knot("skr-truncated.txt"));
    expect(truncated.status).toBe(2);
    expect(truncated.stderr).toBe(
      `${knot("skr-truncated.txt")}: line 19: the parenthesis opened in this record is never closed (file truncated?)\n`,
    );
    const garbage = inspect(knot("garbage.txt"));
    expect(garbage.status).toBe(2);
    expect(garbage.stderr).toBe(`${knot("garbage.txt")}: line 2: DNSKEY public key is not base64\n`);
  });
});
