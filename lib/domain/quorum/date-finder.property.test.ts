import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eastSetupArb, WINDOW_START } from "@/lib/testing/east-setups";
import { EAST } from "@/lib/testing/quorum-builders";
import { addDaysToCivil } from "@/lib/time";
import { compareCandidates, type DateSearchOptions, findCeremonyDates } from "./date-finder";
import { evaluateQuorum } from "./evaluate";

// The date finder precomputes every person's hits for the whole window and reuses one matching; this
// checks it against the plain path, evaluateQuorum on each date, on random (seeded) scenarios.

const optionsArb: fc.Arbitrary<DateSearchOptions> = fc
  .record({
    // 22:30 + 4 h ends the next day, so ceremonies span two dates.
    localStartTime: fc.constantFrom("09:00", "22:30"),
    weekdaysOnly: fc.boolean(),
    holiday: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ localStartTime, weekdaysOnly, holiday }) => ({
    window: { from: WINDOW_START, to: addDaysToCivil(WINDOW_START, 20) },
    localStartTime,
    durationMinutes: 240,
    blackout: { weekdaysOnly, holidays: [addDaysToCivil(WINDOW_START, holiday)] },
  }));

const BLOCKING = [
  ["declined", "declined"],
  ["unavailable", "unavailable"],
  ["entry_ban", "entry ban"],
  ["quarantine", "quarantine cannot be completed"],
  ["remote_only", "remote only"],
] as const;

describe("date finder against evaluateQuorum date by date", () => {
  it("gives every date the same verdict, requirements and blocking counts, ranked", () => {
    fc.assert(
      fc.property(eastSetupArb, optionsArb, (setup, options) => {
        const ranked = findCeremonyDates(setup, options);
        for (let i = 1; i < ranked.length; i++) {
          expect(compareCandidates(ranked[i - 1] as never, ranked[i] as never)).toBeLessThanOrEqual(0);
        }
        for (const candidate of ranked) {
          const plain = evaluateQuorum({
            ...setup,
            ceremony: { facility: setup.facility, start: candidate.start, durationMinutes: 240 },
          });
          expect(candidate.verdict).toBe(plain.verdict);
          expect(candidate.requirements).toEqual(plain.requirements);
          const margins = plain.requirements.map((outcome) => outcome.margin);
          expect(candidate.minMargin).toBe(margins.length ? Math.min(...margins) : 0);
          expect(candidate.sumMargin).toBe(margins.reduce((sum, margin) => sum + margin, 0));
          for (const [rule, label] of BLOCKING) {
            const count = plain.people.filter((p) => p.reasons.some((r) => r.rule === rule)).length;
            const line = candidate.reasons.find((reason) => reason.startsWith(`${label}: `));
            expect(line).toBe(count ? `${label}: ${count} ${count === 1 ? "person" : "people"}` : undefined);
          }
        }
      }),
      { seed: 20_210_301, numRuns: 80 },
    );
  });
});
