import { describe, expect, it } from "vitest";
import { instantOfLocal } from "@/lib/time";
import { findCeremonyDates } from "./date-finder";
import { CO3, EAST, person } from "./test-builders";
import type { QuorumSetup } from "./types";

// Week of Monday 2020-04-20 .. Sunday 2020-04-26.
const setup: QuorumSetup = {
  facility: EAST,
  requirements: [CO3],
  people: [
    person("co-1"),
    person("co-2"),
    person("co-3", { unavailable: [{ from: "2020-04-21", to: "2020-04-21" }] }),
    person("co-4", { response: "if_need_be" }),
    person("co-5", { unavailable: [{ from: "2020-04-22", to: "2020-04-24" }] }),
  ],
  restrictions: [],
  policy: { remoteRoles: [] },
};
const options = {
  window: { from: "2020-04-20", to: "2020-04-26" },
  localStartTime: "13:00",
  durationMinutes: 240,
  blackout: { weekdaysOnly: true, holidays: ["2020-04-24"] },
};

describe("date finder", () => {
  const ranked = findCeremonyDates(setup, options);

  it("skips weekends and holidays", () => {
    expect(ranked.map((c) => c.date).sort()).toEqual([
      "2020-04-20",
      "2020-04-21",
      "2020-04-22",
      "2020-04-23",
    ]);
  });

  it("ranks by verdict, then by margin", () => {
    // 20th: four confirmed (+1). 21st: co-3 away, still 3 confirmed (0). 22nd/23rd: co-5 away: 3 (0).
    expect(ranked.map((c) => [c.date, c.verdict, c.minMargin])).toEqual([
      ["2020-04-20", "met", 1],
      ["2020-04-21", "met", 0],
      ["2020-04-22", "met", 0],
      ["2020-04-23", "met", 0],
    ]);
  });

  it("evaluates each candidate at the local start time in the facility zone, with reasons", () => {
    const first = ranked[0];
    expect(first?.start).toBe(instantOfLocal("2020-04-20", "13:00", "America/New_York"));
    expect(first?.start).toBe(Date.UTC(2020, 3, 20, 17, 0));
    expect(ranked.find((c) => c.date === "2020-04-21")?.reasons).toEqual([
      "crypto_officer/CO-EAST: met, margin +0",
      "unavailable: 1 person",
    ]);
  });

  it("puts at_risk before not_met", () => {
    const thin: QuorumSetup = {
      ...setup,
      people: [
        person("co-1"),
        person("co-2"),
        person("co-3", { response: "no_answer", unavailable: [{ from: "2020-04-21", to: "2020-04-21" }] }),
      ],
    };
    const result = findCeremonyDates(thin, { ...options, blackout: { weekdaysOnly: false, holidays: [] } });
    expect(result.at(-1)).toMatchObject({ date: "2020-04-21", verdict: "not_met" });
    expect(result[0]?.verdict).toBe("at_risk");
    expect(result.at(-1)?.reasons).toContain("crypto_officer/CO-EAST: 2 of 3 confirmed, 0 possible");
  });
});
