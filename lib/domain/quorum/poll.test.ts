import { describe, expect, it } from "vitest";
import { CO3, EAST, person } from "@/lib/testing/quorum-builders";
import { instantOfLocal } from "@/lib/time";
import { evaluatePoll, type PollMark, type PollQuestion } from "./poll";
import type { Person, QuorumSetup, TravelRestriction } from "./types";

// Three crypto officers with a CO-EAST credential are needed; the poll's dates are 13:00 at KMF-EAST.
const at = (date: string) => instantOfLocal(date, "13:00", EAST.timeZone);
const MON = { id: "mon", start: at("2021-03-01") };
const TUE = { id: "tue", start: at("2021-03-02") };
const WED = { id: "wed", start: at("2021-03-03") };
const NEXT_MON = { id: "next-mon", start: at("2021-03-08") };

function setup(people: Person[], restrictions: TravelRestriction[] = []): QuorumSetup {
  return { facility: EAST, requirements: [CO3], people, restrictions, policy: { remoteRoles: [] } };
}

/** A poll from `person id → option id → mark`; a person or date left out has no mark yet. */
function poll(
  options: PollQuestion["options"],
  marks: Record<string, Record<string, PollMark>>,
  deadlines: PollQuestion["deadlines"] = [],
): PollQuestion {
  const byPerson = Object.entries(marks).map(
    ([personId, row]) => [personId, new Map(Object.entries(row))] as const,
  );
  return { options, durationMinutes: 240, marks: new Map(byPerson), deadlines };
}

const everywhere = (mark: PollMark, options = [MON, TUE, WED]) =>
  Object.fromEntries(options.map((option) => [option.id, mark]));

describe("date poll", () => {
  const officers = [person("co-1"), person("co-2"), person("co-3"), person("co-4")];

  it("drops a date's verdict when a crypto officer marks it no, and lists them as missing", () => {
    const outcomes = evaluatePoll(
      setup(officers),
      poll([MON, TUE, WED], {
        "co-1": everywhere("yes"),
        "co-2": { mon: "yes", tue: "no", wed: "yes" },
        "co-3": everywhere("yes"),
        "co-4": everywhere("if_need_be"),
      }),
    );
    // In the poll's order, whatever the ranking.
    expect(outcomes.map((o) => [o.optionId, o.verdict, o.best])).toEqual([
      ["mon", "met", true],
      ["tue", "at_risk", false],
      ["wed", "met", false],
    ]);
    const tuesday = outcomes[1];
    expect(tuesday?.missing).toEqual([{ personId: "co-2", why: "marked no" }]);
    expect(tuesday?.requirements).toEqual([{ ...CO3, confirmed: 2, possible: 1, margin: -1, met: false }]);
    expect(outcomes[0]?.missing).toEqual([]);
  });

  it("shows an entry ban in its own words for someone who marked yes", () => {
    const fromSweden = person("co-se", { homeCountry: "SE" });
    const ban: TravelRestriction = {
      kind: "entry_ban",
      from: "SE",
      to: "US",
      start: "2021-03-02",
      end: "2021-03-02",
      exempt: [],
    };
    const outcomes = evaluatePoll(
      setup([...officers.slice(0, 3), fromSweden], [ban]),
      poll([MON, TUE], {
        "co-1": everywhere("yes"),
        "co-2": everywhere("yes"),
        "co-3": everywhere("yes"),
        "co-se": everywhere("yes"),
      }),
    );
    expect(outcomes.map((o) => [o.optionId, o.verdict, o.minMargin])).toEqual([
      ["mon", "met", 1],
      ["tue", "met", 0],
    ]);
    expect(outcomes[0]?.missing).toEqual([]);
    expect(outcomes[1]?.missing).toEqual([
      { personId: "co-se", why: "entry ban SE to US 2021-03-02..2021-03-02" },
    ]);
  });

  it("marks a date after a deadline too late, and never best even with the better verdict", () => {
    const coverageEnd = { at: at("2021-03-05"), label: "coverage end" };
    const marks = {
      "co-1": everywhere("yes", [MON, NEXT_MON]),
      "co-2": everywhere("yes", [MON, NEXT_MON]),
      "co-3": { mon: "if_need_be", "next-mon": "yes" } as const,
    };
    const outcomes = evaluatePoll(setup(officers.slice(0, 3)), poll([MON, NEXT_MON], marks, [coverageEnd]));
    expect(outcomes.map((o) => [o.optionId, o.verdict, o.tooLate, o.best])).toEqual([
      ["mon", "at_risk", null, true],
      ["next-mon", "met", coverageEnd, false],
    ]);

    // When every date is too late, the poll recommends none.
    const early = { at: at("2021-02-26"), label: "the latest useful start" };
    const none = evaluatePoll(setup(officers.slice(0, 3)), poll([MON, NEXT_MON], marks, [early]));
    expect(none.map((o) => [o.tooLate?.label, o.best])).toEqual([
      ["the latest useful start", false],
      ["the latest useful start", false],
    ]);
  });

  it("counts someone who has not marked a date yet as possible, and lists them as missing", () => {
    const outcomes = evaluatePoll(
      setup(officers.slice(0, 3)),
      poll([MON, TUE], {
        "co-1": everywhere("yes"),
        "co-2": { mon: "yes" },
        // co-3 has not opened the poll at all.
      }),
    );
    expect(outcomes.map((o) => [o.optionId, o.verdict])).toEqual([
      ["mon", "at_risk"],
      ["tue", "at_risk"],
    ]);
    expect(outcomes[0]?.missing).toEqual([{ personId: "co-3", why: "no mark yet" }]);
    expect(outcomes[1]?.missing).toEqual([
      { personId: "co-2", why: "no mark yet" },
      { personId: "co-3", why: "no mark yet" },
    ]);
    expect(outcomes[1]?.requirements[0]).toMatchObject({ confirmed: 1, possible: 2 });
  });
});
