import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BundleSummary, inspectKsr, summarizeInspection } from "@/lib/domain/ksr";
import { ROOT_TRUST_ANCHORS } from "@/lib/domain/trust";
import { corruptedSkr, fixture } from "@/lib/testing/ksr-fixtures";
import { formatInstantUtc, MS_PER_DAY } from "@/lib/time";
import { trustedCoverage } from "./trusted-coverage";

const iso = (instant: number | null | undefined) => (instant == null ? null : formatInstantUtc(instant));
const skrOf = (bytes: Uint8Array) => summarizeInspection(inspectKsr(bytes));
const skr2018 = skrOf(fixture("skr-root-2018-q1-0-d_to_e.xml"));
const skr2017 = skrOf(fixture("skr-root-2017-q1-0.xml"));
const failing = (bundles: readonly BundleSummary[], indexes: number[]) =>
  bundles.map((b, i) => (indexes.includes(i) ? { ...b, verifiedSigners: [] } : b));

describe("coverage counts verified bundles signed by a trust anchor", () => {
  it("counts every bundle of the real SKRs against the root's anchors", () => {
    const { coverage, leftOut, counted } = trustedCoverage([skr2018], ROOT_TRUST_ANCHORS);
    expect(counted).toHaveLength(9);
    expect(leftOut).toEqual([]);
    expect(iso(coverage?.coverageEnd)).toBe("2018-04-12T00:00:00Z");
  });

  it("one failing bundle is bridged by its neighbours' overlap; two consecutive open a gap", () => {
    const one = trustedCoverage([{ ...skr2018, bundles: failing(skr2018.bundles, [4]) }], ROOT_TRUST_ANCHORS);
    expect(one.coverage?.gaps).toEqual([]);
    expect(one.leftOut).toEqual([{ reason: "not counted: signature does not verify", bundles: 1 }]);
    const two = trustedCoverage(
      [{ ...skr2018, bundles: failing(skr2018.bundles, [4, 5]) }],
      ROOT_TRUST_ANCHORS,
    );
    // Bundle 3 (from 2018-01-31) expires 2018-02-21; bundle 6 starts 2018-03-02.
    expect(two.coverage?.gaps.map((g) => [iso(g.from), iso(g.to)])).toEqual([
      ["2018-02-21T00:00:00Z", "2018-03-02T00:00:00Z"],
    ]);
    expect(iso(two.coverage?.coverageEnd)).toBe("2018-02-21T00:00:00Z");
  });

  it("bundles signed only by a key that is not an anchor are left out, with the key named", () => {
    const only2010 = ROOT_TRUST_ANCHORS.filter((a) => a.keyTag === 19036);
    const { leftOut, counted } = trustedCoverage([skr2018], only2010);
    expect(counted.map((c) => c.bundle.signerKeyTags)).toEqual([[19036]]);
    expect(leftOut).toEqual([{ reason: "not counted: signed by untrusted key 20326", bundles: 8 }]);
  });

  it("a real SKR moved to a later quarter with corrupted signatures adds nothing", () => {
    const moved = skrOf(corruptedSkr(fixture("skr-root-2018-q1-0-d_to_e.xml"), 100 * MS_PER_DAY));
    expect(moved.findings.filter((f) => f.code === "signature_invalid")).toHaveLength(9);
    const before = trustedCoverage([skr2018], ROOT_TRUST_ANCHORS);
    const after = trustedCoverage([skr2018, moved], ROOT_TRUST_ANCHORS);
    expect(after.coverage).toEqual(before.coverage);
    expect(after.assessments[1]?.map((a) => a.reason)).toEqual(
      Array(9).fill("not counted: signature does not verify"),
    );
  });

  it("property: adding a bundle that does not verify never extends coverage or moves a deadline", () => {
    const all = [...skr2017.bundles, ...skr2018.bundles];
    fc.assert(
      fc.property(
        fc.subarray(all.map((_, i) => i)),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        (kept, startDay, lengthDays, untrusted) => {
          const base = { domain: ".", bundles: kept.map((i) => all[i] as BundleSummary) };
          const start = (all[0] as BundleSummary).inception + startDay * MS_PER_DAY;
          const extra = {
            domain: ".",
            bundles: [
              {
                ...(all[0] as BundleSummary),
                id: "extra",
                inception: start,
                expiration: start + lengthDays * MS_PER_DAY,
                // Either no signature verifies, or one verifies but by a key that is no anchor.
                verifiedSigners: untrusted
                  ? [
                      {
                        ...(all[0]?.verifiedSigners?.[0] as NonNullable<BundleSummary["verifiedSigners"]>[0]),
                        keyTag: 4242,
                      },
                    ]
                  : [],
              },
            ],
          };
          const before = trustedCoverage([base], ROOT_TRUST_ANCHORS).coverage;
          const after = trustedCoverage([base, extra], ROOT_TRUST_ANCHORS).coverage;
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });
});
