import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "@/lib/time";
import { type CAUSE_LABELS, workflowTitle } from "./title";
import {
  coverageCleared,
  coverageTriggered,
  insideTravelLead,
  type QuorumFacts,
  quorumTrigger,
} from "./triggers";

// KC41: 23 April 2020, 13:00 in Culpeper (EDT). Travel requests (60 days) are due on 23 February.
const start = Date.parse("2020-04-23T17:00:00Z");
const facts = (overrides: Partial<QuorumFacts> = {}): QuorumFacts => ({
  status: "scheduled",
  verdict: "not_met",
  startsAt: start,
  timeZone: "America/New_York",
  travelRequestDays: 60,
  ...overrides,
});
const march = Date.parse("2020-03-20T12:00:00Z");

describe("quorum trigger", () => {
  it("fires for a scheduled or confirmed ceremony ahead whose quorum is not met", () => {
    expect(quorumTrigger(facts(), march)).toEqual({ kind: "fired", cause: "quorum_not_met" });
    expect(quorumTrigger(facts({ status: "confirmed" }), march)).toEqual({
      kind: "fired",
      cause: "quorum_not_met",
    });
  });

  it("fires at risk only inside the travel-request lead time, counted in facility-local days", () => {
    const atRisk = facts({ verdict: "at_risk" });
    // 22 Feb 23:30 in Culpeper is already 23 Feb in UTC: still outside.
    expect(quorumTrigger(atRisk, Date.parse("2020-02-23T04:30:00Z"))).toEqual({ kind: "quiet" });
    expect(insideTravelLead(atRisk, Date.parse("2020-02-23T05:00:00Z"))).toBe(true);
    expect(quorumTrigger(atRisk, Date.parse("2020-02-23T05:00:00Z"))).toEqual({
      kind: "fired",
      cause: "quorum_at_risk",
    });
  });

  it("clears when met, and stays quiet for proposed, cancelled, past or unjudged ceremonies", () => {
    expect(quorumTrigger(facts({ verdict: "met" }), march)).toEqual({ kind: "cleared" });
    for (const status of ["proposed", "postponed", "cancelled", "held"] as const)
      expect(quorumTrigger(facts({ status }), march)).toEqual({ kind: "quiet" });
    expect(quorumTrigger(facts(), start + 1)).toEqual({ kind: "quiet" });
    expect(quorumTrigger(facts({ verdict: null }), march)).toEqual({ kind: "quiet" });
  });
});

describe("coverage trigger", () => {
  const nextNeededBy = Date.parse("2017-03-31T00:00:00Z");
  const now = nextNeededBy - 20 * MS_PER_DAY;

  it("fires within the threshold when no met ceremony comes before the deadline", () => {
    expect(coverageTriggered({ nextNeededBy, metCeremonyStarts: [] }, 30, now)).toBe(true);
    expect(coverageTriggered({ nextNeededBy, metCeremonyStarts: [] }, 14, now)).toBe(false);
    expect(coverageTriggered({ nextNeededBy, metCeremonyStarts: [now + MS_PER_DAY] }, 30, now)).toBe(false);
    // A met ceremony after the deadline, or already past, does not help.
    expect(
      coverageTriggered({ nextNeededBy, metCeremonyStarts: [nextNeededBy, now - MS_PER_DAY] }, 30, now),
    ).toBe(true);
    expect(coverageTriggered({ nextNeededBy: null, metCeremonyStarts: [] }, 30, now)).toBe(false);
    // A deadline already passed is within any threshold.
    expect(coverageTriggered({ nextNeededBy, metCeremonyStarts: [] }, 1, nextNeededBy + MS_PER_DAY)).toBe(
      true,
    );
  });

  it("clears once an SKR moves the deadline past it, or a met ceremony now precedes it", () => {
    expect(coverageCleared({ nextNeededBy, metCeremonyStarts: [] }, nextNeededBy, now)).toBe(false);
    expect(
      coverageCleared(
        { nextNeededBy: nextNeededBy + 90 * MS_PER_DAY, metCeremonyStarts: [] },
        nextNeededBy,
        now,
      ),
    ).toBe(true);
    expect(coverageCleared({ nextNeededBy, metCeremonyStarts: [now + MS_PER_DAY] }, nextNeededBy, now)).toBe(
      true,
    );
    expect(coverageCleared({ nextNeededBy: null, metCeremonyStarts: [] }, nextNeededBy, now)).toBe(false);
  });
});

describe("workflow titles", () => {
  it("names the ceremony and cause, the SKR deadline, or the manual reason", () => {
    const title = (cause: keyof typeof CAUSE_LABELS, ceremonyLabel: string | null, reason = "x") =>
      workflowTitle({ cause, reason, ceremonyLabel });
    expect(title("quorum_not_met", "KC41")).toBe("KC41: quorum not met");
    expect(title("quorum_at_risk", "KC41")).toBe("KC41: quorum at risk");
    expect(title("coverage_deadline", null)).toBe("SKR deadline at risk");
    expect(title("manual", "KC40", "The safe will not open")).toBe("KC40: The safe will not open");
    expect(title("manual", null, "a".repeat(80))).toHaveLength(60);
  });
});
