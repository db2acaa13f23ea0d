import { describe, expect, it } from "vitest";
import { CO3, EAST, person } from "@/lib/testing/quorum-builders";
import { instantOfLocal } from "@/lib/time";
import { findCeremonyDates } from "./date-finder";
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
      "crypto officers with a CO-EAST credential: met, margin +0",
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
    expect(result.at(-1)?.reasons).toContain(
      "crypto officers with a CO-EAST credential: 2 of 3 confirmed, 0 possible",
    );
  });
});

describe("date finder inside the deadline and around the calendar", () => {
  const days = (list: { date: string }[]) => list.map((c) => c.date);

  it("marks dates after the latest useful start too late and never ranks them first", () => {
    // The 20th is the best date on quorum, but it starts after the latest useful start (20th 12:00 UTC).
    const latest = { at: Date.UTC(2020, 3, 20, 12, 0), label: "the latest useful start" };
    const coverageEnd = { at: Date.UTC(2020, 3, 22, 0, 0), label: "coverage end" };
    const early = { ...options, window: { from: "2020-04-17", to: "2020-04-23" } };
    const ranked = findCeremonyDates(setup, { ...early, deadlines: [coverageEnd, latest] });
    expect(ranked[0]).toMatchObject({ date: "2020-04-17", tooLate: null });
    const late = ranked.filter((c) => c.tooLate);
    expect(days(late).sort()).toEqual(["2020-04-20", "2020-04-21", "2020-04-22", "2020-04-23"]);
    // The earliest deadline missed is named.
    expect(late.every((c) => c.tooLate?.label === "the latest useful start")).toBe(true);
    expect(ranked.findIndex((c) => c.tooLate)).toBe(1);
  });

  it("excludes another ceremony's day and standby day at the same facility, saying why", () => {
    const busy = [
      {
        label: "KC42",
        facility: EAST.code,
        start: Date.UTC(2020, 3, 20, 17, 0),
        end: Date.UTC(2020, 3, 20, 21, 0),
        standbyDate: "2020-04-21",
      },
      // At another facility, with nobody of ours: no clash.
      {
        label: "KC43",
        facility: "KMF-WEST",
        start: Date.UTC(2020, 3, 22, 17),
        end: Date.UTC(2020, 3, 22, 21),
      },
    ];
    const ranked = findCeremonyDates(setup, { ...options, busy });
    expect(days(ranked.filter((c) => !c.blocked)).sort()).toEqual(["2020-04-22", "2020-04-23"]);
    expect(ranked.find((c) => c.date === "2020-04-20")?.clashes).toEqual([
      "KC42 is held at this facility that day",
    ]);
    expect(ranked.find((c) => c.date === "2020-04-21")?.clashes).toEqual([
      "standby day of KC42 at this facility",
    ]);
    expect(ranked.slice(-2).every((c) => c.blocked)).toBe(true);
  });

  it("counts a person booked at another facility that day as away, with their name", () => {
    const busy = [
      {
        label: "KC43",
        facility: "KMF-WEST",
        start: Date.UTC(2020, 3, 20, 16, 0),
        end: Date.UTC(2020, 3, 20, 20, 0),
        people: [
          { id: "co-1", name: "Astrid" },
          { id: "co-2", name: "Kenji" },
        ],
      },
    ];
    const ranked = findCeremonyDates(setup, { ...options, busy });
    const twentieth = ranked.find((c) => c.date === "2020-04-20");
    // Without them only co-3 (+ co-4 if need be) remain: no longer met on the 20th.
    expect(twentieth?.verdict).not.toBe("met");
    expect(twentieth?.blocked).toBe(false);
    expect(twentieth?.clashes).toEqual([
      "Astrid is at KC43 (KMF-WEST) that day",
      "Kenji is at KC43 (KMF-WEST) that day",
    ]);
    expect(ranked[0]?.date).toBe("2020-04-21");
  });
});
