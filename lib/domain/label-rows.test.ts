import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type LabelRequest, placeLabels } from "./label-rows";

const frame = { x0: 90, x1: 390, maxRows: 3 };

const labels = fc.array(
  fc.record({
    x: fc.double({ min: frame.x0, max: frame.x1, noNaN: true }),
    width: fc.double({ min: 10, max: 200, noNaN: true }),
    anchor: fc.constantFrom("middle" as const, "start" as const, "end" as const),
  }),
  { minLength: 30, maxLength: 30 },
);

const withIds = (list: Omit<LabelRequest, "id">[]) => list.map((l, i) => ({ ...l, id: `label-${i}` }));

describe("placing labels in rows", () => {
  it("never lets two placed labels overlap, keeps them in the frame, and accounts for every label", () => {
    fc.assert(
      fc.property(labels, (list) => {
        const requests = withIds(list);
        const { placed, thinned } = placeLabels(requests, frame);
        expect([...placed.map((p) => p.id), ...thinned].sort()).toEqual(requests.map((r) => r.id).sort());
        const widthOf = new Map(requests.map((r) => [r.id, r.width]));
        for (const p of placed) {
          expect(p.left).toBeGreaterThanOrEqual(frame.x0);
          expect(p.left + (widthOf.get(p.id) ?? 0)).toBeLessThanOrEqual(frame.x1 + 1e-9);
          expect(p.row).toBeLessThan(frame.maxRows);
          for (const q of placed) {
            if (p === q || p.row !== q.row) continue;
            const apart =
              p.left + (widthOf.get(p.id) ?? 0) <= q.left || q.left + (widthOf.get(q.id) ?? 0) <= p.left;
            expect(apart).toBe(true);
          }
        }
      }),
    );
  });

  it("stacks neighbours in the next row, and thins only once every row is taken", () => {
    const same = (id: string) => ({ id, x: 200, width: 50, anchor: "middle" as const });
    const { placed, thinned } = placeLabels(["a", "b", "c", "d"].map(same), frame);
    expect(placed.map((p) => [p.id, p.row])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 2],
    ]);
    expect(thinned).toEqual(["d"]);
  });

  it("pulls a label at the edge back into the frame, and thins one wider than the frame", () => {
    const { placed, thinned } = placeLabels(
      [
        { id: "edge", x: 385, width: 80, anchor: "start" },
        { id: "huge", x: 200, width: 400, anchor: "middle" },
      ],
      frame,
    );
    expect(placed).toEqual([{ id: "edge", left: 310, row: 0 }]);
    expect(thinned).toEqual(["huge"]);
  });
});
