import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODE_IN_ROOM, MODE_NONE, MODE_REMOTE } from "./feasibility";
import { Matching, PHASE_ALL, PHASE_CONFIRMED } from "./matching";

// extraCapacity measures a margin on the live matching and must leave it exactly as it found it: the
// reported assignment and the member order (which steers later searches) both depend on that.

const scenario = fc.record({
  caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 }),
  people: fc.array(
    fc.record({
      edges: fc.array(fc.nat(5), { maxLength: 4 }),
      mode: fc.constantFrom(MODE_NONE, MODE_REMOTE, MODE_IN_ROOM),
      confirmed: fc.boolean(),
    }),
    { maxLength: 24 },
  ),
  remote: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
});

function snapshot(matching: Matching, requirements: number): number[][] {
  const lists = Array.from({ length: requirements }, (_, r) =>
    Array.from({ length: matching.load(r) }, (_, i) => matching.member(r, i)),
  );
  return [[...matching.assigned], [matching.filled()], ...lists];
}

describe("Matching.extraCapacity", () => {
  it("leaves the matching exactly as it was", () => {
    fc.assert(
      fc.property(scenario, ({ caps, people, remote }) => {
        const adjacency = people.map((p) => [...new Set(p.edges.filter((r) => r < caps.length))]);
        const matching = new Matching(adjacency, caps, remote.slice(0, caps.length));
        const confirmed: number[] = [];
        const all: number[] = [];
        people.forEach((p, index) => {
          matching.modes[index] = p.mode;
          matching.confirmed[index] = p.confirmed ? 1 : 0;
          if (p.mode === MODE_NONE) return;
          if (p.confirmed) confirmed.push(index);
          all.push(index);
        });
        matching.reset();
        matching.augment(PHASE_CONFIRMED, confirmed);
        matching.augment(PHASE_ALL, all);
        const before = snapshot(matching, caps.length);
        const first = caps.map((_, r) => matching.extraCapacity(r, confirmed));
        expect(snapshot(matching, caps.length)).toEqual(before);
        expect(caps.map((_, r) => matching.extraCapacity(r, confirmed))).toEqual(first);
      }),
      { seed: 4_034, numRuns: 1000 },
    );
  });
});
