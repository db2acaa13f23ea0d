import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eastSetupArb, WINDOW_START } from "@/lib/testing/east-setups";
import { EAST } from "@/lib/testing/quorum-builders";
import { addDaysToCivil, type Instant, instantOfLocal } from "@/lib/time";
import type { SearchDeadline } from "./calendar-clashes";
import { compareCandidates } from "./date-finder";
import { evaluateQuorum } from "./evaluate";
import { evaluatePoll, POLL_MARKS, type PollDateOutcome, type PollMark, type PollQuestion } from "./poll";
import type { QuorumSetup } from "./types";
import type { Response } from "./vocabulary";

// A poll is the quorum engine run once per candidate date with the marks as answers; this checks
// evaluatePoll against evaluateQuorum called here on each date, on random (seeded) setups and marks.

// Candidate starts over the 21-day window; 22:30 + 4 h ends the next day, so ceremonies span two dates.
const startArb: fc.Arbitrary<Instant> = fc
  .record({
    offset: fc.integer({ min: 0, max: 20 }),
    time: fc.constantFrom("09:00", "13:30", "22:30"),
  })
  .map(({ offset, time }) => instantOfLocal(addDaysToCivil(WINDOW_START, offset), time, EAST.timeZone));

const deadlineArb: fc.Arbitrary<SearchDeadline> = fc.record({
  // Some deadlines fall exactly on a candidate start (not too late: only starting after one is).
  at: fc.oneof(
    startArb,
    fc
      .integer({ min: -2, max: 24 })
      .map((offset) => instantOfLocal(addDaysToCivil(WINDOW_START, offset), "00:00", "UTC")),
  ),
  label: fc.constantFrom("the latest useful start", "coverage end"),
});

// Mostly yes, so that dates meet their quorum often enough for the ranking to matter.
const markArb: fc.Arbitrary<PollMark> = fc.oneof(
  { arbitrary: fc.constant("yes" as const), weight: 3 },
  { arbitrary: fc.constantFrom(...POLL_MARKS), weight: 2 },
);

interface PollCase {
  setup: QuorumSetup;
  poll: PollQuestion;
}

/** A setup with a poll over it: 2-8 dates, each person marking some of them (or none), 0-3 deadlines. */
const pollCaseArb: fc.Arbitrary<PollCase> = eastSetupArb.chain((setup) =>
  fc
    .record({
      starts: fc.array(startArb, { minLength: 2, maxLength: 8 }),
      durationMinutes: fc.constantFrom(60, 240),
      deadlines: fc.array(deadlineArb, { maxLength: 3 }),
      // Per person: no marks at all, or per date (up to 8) a mark or none.
      marks: fc.array(
        fc.option(fc.array(fc.option(markArb, { nil: undefined }), { minLength: 8, maxLength: 8 })),
        {
          minLength: setup.people.length,
          maxLength: setup.people.length,
        },
      ),
    })
    .map(({ starts, durationMinutes, deadlines, marks }) => {
      const options = starts.map((start, index) => ({ id: `o${index}`, start }));
      const byPerson = new Map<string, Map<string, PollMark>>();
      setup.people.forEach((person, index) => {
        const row = marks[index];
        if (!row) return;
        const byOption = new Map<string, PollMark>();
        options.forEach((option, k) => {
          const mark = row[k];
          if (mark) byOption.set(option.id, mark);
        });
        byPerson.set(person.id, byOption);
      });
      return { setup, poll: { options, durationMinutes, marks: byPerson, deadlines } };
    }),
);

/** The earliest deadline `start` is after (the first listed among equal ones), worked out plainly. */
function plainTooLate(start: Instant, deadlines: readonly SearchDeadline[]): SearchDeadline | null {
  const missed = deadlines.filter((deadline) => start > deadline.at);
  return missed.reduce<SearchDeadline | null>((a, b) => (a === null || b.at < a.at ? b : a), null);
}

/** Each mark as the answer it stands for, written out here rather than taken from poll.ts. */
const ANSWER: Record<PollMark, Response> = { yes: "attending", if_need_be: "if_need_be", no: "declined" };

const ranked = (outcome: PollDateOutcome) => ({ ...outcome, blocked: false });

describe("evaluatePoll against evaluateQuorum date by date", () => {
  it("gives every date the engine's verdict, the right people missing, and flags the best usable date", () => {
    fc.assert(
      fc.property(pollCaseArb, ({ setup, poll }) => {
        const outcomes = evaluatePoll(setup, poll);
        expect(outcomes.map((o) => [o.optionId, o.start])).toEqual(poll.options.map((o) => [o.id, o.start]));

        for (const outcome of outcomes) {
          const markOf = (personId: string) => poll.marks.get(personId)?.get(outcome.optionId);
          const plain = evaluateQuorum({
            ceremony: {
              facility: setup.facility,
              start: outcome.start,
              durationMinutes: poll.durationMinutes,
            },
            requirements: setup.requirements,
            restrictions: setup.restrictions,
            policy: setup.policy,
            people: setup.people.map((person) => {
              const mark = markOf(person.id);
              return { ...person, response: mark === undefined ? "no_answer" : ANSWER[mark] };
            }),
          });
          expect(outcome.verdict).toBe(plain.verdict);
          expect(outcome.requirements).toEqual(plain.requirements);
          const margins = plain.requirements.map((requirement) => requirement.margin);
          expect(outcome.minMargin).toBe(margins.length ? Math.min(...margins) : 0);
          expect(outcome.sumMargin).toBe(margins.reduce((sum, margin) => sum + margin, 0));
          expect(outcome.tooLate).toBe(plainTooLate(outcome.start, poll.deadlines));

          // Missing: whoever cannot attend that date, and whoever has not marked it; in roster order.
          const expectedMissing = plain.people
            .filter((p) => p.status === "cannot_attend" || markOf(p.id) === undefined)
            .map((p) => p.id);
          expect(outcome.missing.map((m) => m.personId)).toEqual(expectedMissing);
          for (const missing of outcome.missing) {
            const mark = markOf(missing.personId);
            const person = plain.people.find((p) => p.id === missing.personId);
            const blocking = (person?.reasons ?? []).filter(
              (r) => r.rule !== "declined" && r.rule !== "standby_unavailable",
            );
            if (mark === "no") expect(missing.why.startsWith("marked no")).toBe(true);
            if (mark === undefined)
              expect(missing.why).toBe(
                [
                  "no mark yet",
                  ...(person?.status === "cannot_attend" ? blocking : []).map((r) => r.message),
                ].join("; "),
              );
            if (person?.status === "cannot_attend")
              for (const reason of blocking) expect(missing.why).toContain(reason.message);
            // A missed standby date never keeps anyone away; "marked no" already says they declined.
            for (const reason of person?.reasons ?? [])
              if (!blocking.includes(reason)) expect(missing.why).not.toContain(reason.message);
          }
        }

        const usable = outcomes.filter((o) => o.tooLate === null);
        const best = outcomes.filter((o) => o.best);
        expect(best.length).toBe(usable.length > 0 ? 1 : 0);
        const [chosen] = best;
        if (!chosen) return;
        expect(chosen.tooLate).toBeNull();
        const chosenIndex = outcomes.indexOf(chosen);
        outcomes.forEach((other, index) => {
          if (other === chosen || other.tooLate !== null) return;
          const order = compareCandidates(ranked(other), ranked(chosen));
          // Nobody ranks before the best date; among equals the earlier option in the poll wins.
          expect(order).toBeGreaterThanOrEqual(index < chosenIndex ? 1 : 0);
        });
      }),
      { seed: 20_210_301, numRuns: 150 },
    );
  });
});
