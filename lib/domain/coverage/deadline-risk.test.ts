import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "@/lib/time";
import { assessDeadline, type SigningCeremony } from "./deadline-risk";

const utc = (text: string) => Date.parse(text);
const now = utc("2018-01-10T00:00:00Z");
// With the default 14-day margin a ceremony must start by 2018-03-18 to get its SKR out by 2018-04-01.
const nextNeededBy = utc("2018-04-01T00:00:00Z");
const latestUsefulStart = utc("2018-03-18T00:00:00Z");

function ceremony(
  label: string,
  startsAt: number,
  overrides: Partial<SigningCeremony> = {},
): SigningCeremony {
  return { id: label, label, startsAt, standbyAt: startsAt + MS_PER_DAY, verdict: "met", ...overrides };
}

const assess = (ceremonies: SigningCeremony[], next: number | null = nextNeededBy) =>
  assessDeadline({ nextNeededBy: next, processingMarginDays: 14, ceremonies, now });
const kinds = (result: ReturnType<typeof assess>) => result.risks.map((risk) => risk.kind);

describe("assessDeadline", () => {
  it("is clear when the next ceremony and its standby day are in time and quorum is met", () => {
    const kc = ceremony("KC1", utc("2018-03-01T13:00:00Z"));
    expect(assess([kc])).toEqual({ latestUsefulStart, nextCeremony: kc, risks: [] });
  });

  it("counts a ceremony starting exactly at the latest useful start as in time", () => {
    expect(kinds(assess([ceremony("KC1", latestUsefulStart, { standbyAt: null })]))).toEqual([]);
  });

  it("reports no SKR on file, with no latest useful start", () => {
    const kc = ceremony("KC1", utc("2018-03-01T13:00:00Z"));
    expect(assess([kc], null)).toEqual({
      latestUsefulStart: null,
      nextCeremony: kc,
      risks: [{ kind: "no_skr" }],
    });
  });

  it("reports no ceremony when none is ahead (past ones do not count)", () => {
    const held = ceremony("KC0", now - 30 * MS_PER_DAY);
    expect(assess([held])).toEqual({
      latestUsefulStart,
      nextCeremony: null,
      risks: [{ kind: "no_ceremony" }],
    });
  });

  it("reports the next ceremony as too late, and that none is scheduled in time", () => {
    const late = ceremony("KC2", latestUsefulStart + 2 * MS_PER_DAY);
    expect(assess([late]).risks).toEqual([{ kind: "too_late", ceremony: late }, { kind: "no_ceremony" }]);
  });

  it("reports a standby day past the latest useful start", () => {
    const kc = ceremony("KC1", latestUsefulStart - MS_PER_DAY, { standbyAt: latestUsefulStart + MS_PER_DAY });
    expect(assess([kc]).risks).toEqual([{ kind: "standby_too_late", ceremony: kc }]);
  });

  it("reports a next ceremony whose quorum is not met, alongside a timing risk", () => {
    const short = ceremony("KC1", utc("2018-03-01T13:00:00Z"), { verdict: "not_met" });
    expect(assess([short]).risks).toEqual([{ kind: "not_met", ceremony: short }]);
    const lateAndShort = ceremony("KC2", latestUsefulStart + MS_PER_DAY, { verdict: "not_met" });
    expect(kinds(assess([lateAndShort]))).toEqual(["too_late", "no_ceremony", "not_met"]);
  });

  it("judges the earliest upcoming ceremony whatever the input order", () => {
    const later = ceremony("KC3", latestUsefulStart + 10 * MS_PER_DAY, { verdict: "not_met" });
    const sooner = ceremony("KC2", utc("2018-02-15T13:00:00Z"), { verdict: "at_risk" });
    const result = assess([later, sooner]);
    expect([result.nextCeremony?.label, kinds(result)]).toEqual(["KC2", []]);
  });

  it("moves the latest useful start with the processing margin", () => {
    const result = assessDeadline({ nextNeededBy, processingMarginDays: 0, ceremonies: [], now });
    expect(result.latestUsefulStart).toBe(nextNeededBy);
  });
});
