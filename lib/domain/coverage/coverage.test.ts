import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseKsrDocument } from "@/lib/domain/ksr";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { formatInstantUtc, MS_PER_DAY, MS_PER_HOUR } from "@/lib/time";
import { alreadySent, deadlineAlert, dueCoverageAlerts } from "./alerts";
import { bundleInForce, computeCoverage, coverageAt, deadlinesAt } from "./coverage";
import type { BundleWindow } from "./types";

const utc = (text: string) => Date.parse(text);
const iso = (instant: number | null | undefined) => (instant == null ? null : formatInstantUtc(instant));
const bundlesOf = (name: string) => parseKsrDocument(fixture(name)).bundles;
const skr2017 = bundlesOf("skr-root-2017-q1-0.xml");
const skr2018 = bundlesOf("skr-root-2018-q1-0-d_to_e.xml");

describe("coverage over the two real SKRs", () => {
  // From the files: 2017-q1 runs 2017-01-01 .. 2017-04-11 (last inception 2017-03-21, slots 10 days apart
  // except the last at 9); 2018-q1 runs 2018-01-01 .. 2018-04-12.
  const coverage = computeCoverage([...skr2018, ...skr2017]);

  it("ends at the 2017 SKR's last expiration, before the gap to 2018", () => {
    expect(iso(coverage?.coverageEnd)).toBe("2017-04-11T00:00:00Z");
    expect(coverage?.gaps.map((gap) => [iso(gap.from), iso(gap.to)])).toEqual([
      ["2017-04-11T00:00:00Z", "2018-01-01T00:00:00Z"],
    ]);
  });

  it("needs the next SKR one median stride (10 days) after the last inception before the gap", () => {
    expect(coverage?.strideMs).toBe(10 * MS_PER_DAY);
    expect(iso(coverage?.nextNeededBy)).toBe("2017-03-31T00:00:00Z");
  });

  it("one SKR alone has no gap", () => {
    const alone = computeCoverage(skr2018);
    expect([iso(alone?.coverageEnd), iso(alone?.nextNeededBy), alone?.gaps]).toEqual([
      "2018-04-12T00:00:00Z",
      "2018-04-01T00:00:00Z",
      [],
    ]);
  });

  it("finds the bundle in force, preferring the newest of overlapping bundles", () => {
    // 2018-01-15: bundle 1 (01-01..01-22) and bundle 2 (01-11..02-01) both valid; bundle 2 is newer.
    expect(bundleInForce(skr2018, utc("2018-01-15T00:00:00Z"))?.id).toBe(
      "4c05c9b8-a7c4-46b7-a4f8-737a5261f09b",
    );
    expect(bundleInForce(skr2018, utc("2018-01-05T00:00:00Z"))?.id).toBe(
      "0a8f7774-3bd3-4702-a923-f1d73f653bd6",
    );
    expect(bundleInForce([...skr2017, ...skr2018], utc("2017-06-01T00:00:00Z"))).toBeNull();
  });

  it("reads coverage at a given now: covered, in a gap, before the first bundle, expired", () => {
    expect(coverageAt(coverage, utc("2018-02-01T00:00:00Z"))).toEqual({
      state: "covered",
      coveredUntil: utc("2018-04-12T00:00:00Z"),
      nextNeededBy: utc("2018-04-01T00:00:00Z"),
      resumesAt: null,
    });
    expect(coverageAt(coverage, utc("2017-06-01T00:00:00Z"))).toMatchObject({
      state: "in_gap",
      coveredUntil: null,
      resumesAt: utc("2018-01-01T00:00:00Z"),
    });
    expect(coverageAt(coverage, utc("2016-12-01T00:00:00Z"))).toMatchObject({
      state: "not_yet_started",
      resumesAt: utc("2017-01-01T00:00:00Z"),
    });
    expect(coverageAt(coverage, utc("2018-05-01T00:00:00Z"))).toMatchObject({
      state: "expired",
      coveredUntil: null,
      resumesAt: null,
    });
    expect(computeCoverage([])).toBeNull();
  });
});

describe("deadline alerts", () => {
  const deadline = utc("2018-04-01T00:00:00Z");

  it("picks the smallest threshold the deadline is within", () => {
    expect(deadlineAlert("next_needed_by", deadline, deadline - 100 * MS_PER_DAY).threshold).toBeNull();
    expect(deadlineAlert("next_needed_by", deadline, deadline - 90 * MS_PER_DAY).threshold).toBe(90);
    expect(deadlineAlert("next_needed_by", deadline, deadline - 13.5 * MS_PER_DAY)).toMatchObject({
      threshold: 14,
      daysLeft: 13,
    });
    expect(deadlineAlert("next_needed_by", deadline, deadline - 12 * MS_PER_HOUR)).toMatchObject({
      threshold: 1,
      daysLeft: 0,
    });
    expect(deadlineAlert("next_needed_by", deadline, deadline + MS_PER_DAY)).toMatchObject({
      threshold: null,
      overdue: true,
      daysLeft: -1,
    });
  });

  it("calls for the smallest threshold reached per deadline, widening to staff inside the window", () => {
    const now = utc("2018-03-20T00:00:00Z");
    const input = { now, nextNeededBy: deadline, coverageEnd: utc("2018-04-12T00:00:00Z"), widenDays: 14 };
    const due = dueCoverageAlerts({ ...input, alertDays: [45, 20] });
    expect(due.map((a) => [a.deadline, a.daysLeft, a.thresholdDays, a.widened])).toEqual([
      ["next_needed_by", 12, 20, false],
      ["coverage_end", 23, 45, false],
    ]);
    expect(dueCoverageAlerts({ ...input, alertDays: [30, 14] })[0]).toMatchObject({
      thresholdDays: 14,
      widened: true,
    });
    expect(dueCoverageAlerts({ ...input, nextNeededBy: null, coverageEnd: null, alertDays: [45] })).toEqual(
      [],
    );
  });

  it("keys the overdue alert by when coverage lapsed, so later runs in the gap find it already sent", () => {
    const coverage = computeCoverage(skr2017);
    const sentFirst = (now: number) => {
      const deadlines = deadlinesAt(coverage, coverageAt(coverage, now), now);
      return dueCoverageAlerts({ now, ...deadlines, alertDays: [30], widenDays: 14 });
    };
    const first = sentFirst(utc("2017-05-01T00:00:00Z"));
    expect(first.map((a) => [a.deadline, a.overdue, iso(a.at)])).toEqual([
      ["next_needed_by", true, "2017-03-31T00:00:00Z"],
      ["coverage_end", true, "2017-04-11T00:00:00Z"],
    ]);
    const later = sentFirst(utc("2017-06-01T00:00:00Z"));
    expect(later.every((alert) => alreadySent(alert, first))).toBe(true);
  });

  it("does not send a threshold again for a deadline moved by less than it, but does for a new quarter", () => {
    const [sent] = dueCoverageAlerts({
      now: deadline - 10 * MS_PER_DAY,
      nextNeededBy: deadline,
      coverageEnd: null,
      alertDays: [14],
      widenDays: 0,
    });
    if (!sent) throw new Error("expected the 14-day alert");
    expect(alreadySent({ ...sent, at: deadline + 5 * MS_PER_DAY }, [sent])).toBe(true);
    expect(alreadySent({ ...sent, at: deadline + 90 * MS_PER_DAY }, [sent])).toBe(false);
    expect(alreadySent({ ...sent, thresholdDays: 7 }, [sent])).toBe(false);
    expect(alreadySent({ ...sent, deadline: "coverage_end" }, [sent])).toBe(false);
  });
});

const bundleArb = fc
  .record({ start: fc.integer({ min: 0, max: 400 }), length: fc.integer({ min: 1, max: 30 }) })
  .map(
    ({ start, length }): BundleWindow => ({
      id: `b${start}-${length}`,
      inception: start * MS_PER_DAY,
      expiration: (start + length) * MS_PER_DAY,
    }),
  );
const skrArb = fc.array(bundleArb, { minLength: 1, maxLength: 9 });

describe("coverage properties", () => {
  it("does not depend on the order of SKRs or bundles", () => {
    fc.assert(
      fc.property(fc.array(skrArb, { minLength: 1, maxLength: 4 }), fc.nat(), (skrs, seed) => {
        const flat = skrs.flat();
        const shuffled = [...flat].sort(
          (a, b) => ((a.inception * 31 + seed) % 97) - ((b.inception * 31 + seed) % 97),
        );
        expect(computeCoverage(shuffled)).toEqual(computeCoverage([...flat].reverse()));
      }),
    );
  });

  it("never shrinks when an SKR is added: what is covered at now stays covered at least as long", () => {
    fc.assert(
      fc.property(
        fc.array(skrArb, { maxLength: 3 }),
        skrArb,
        fc.integer({ min: 0, max: 430 }),
        (skrs, extra, nowDay) => {
          const now = nowDay * MS_PER_DAY;
          const before = coverageAt(computeCoverage(skrs.flat()), now).coveredUntil;
          const after = coverageAt(computeCoverage([...skrs.flat(), ...extra]), now).coveredUntil;
          expect(after ?? Number.NEGATIVE_INFINITY).toBeGreaterThanOrEqual(
            before ?? Number.NEGATIVE_INFINITY,
          );
          // The union of covered time never loses an instant either.
          if (before !== null) expect(bundleInForce([...skrs.flat(), ...extra], now)).not.toBeNull();
        },
      ),
    );
  });
});
