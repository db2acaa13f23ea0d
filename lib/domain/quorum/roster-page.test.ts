import { describe, expect, it } from "vitest";
import { needsAttention, rosterPage } from "./roster-page";
import type { PersonStatus, Response } from "./vocabulary";

const line = (name: string, response: Response, status?: PersonStatus) => ({
  name,
  response,
  outcome: status ? { status, reasons: [] } : undefined,
});

const roster = [
  line("Ada", "attending", "confirmed"),
  line("Ben", "no_answer", "possible"),
  line("Cy", "declined", "cannot_attend"),
  line("Di", "if_need_be", "possible"),
  line("Ed", "attending", "confirmed"),
  line("Flo", "attending", "cannot_attend"),
  line("Gus", "no_answer", "possible"),
];

describe("roster pages, those who need attention first", () => {
  it("orders cannot attend, then no answer, then possible, then confirmed, each in roster order", () => {
    const { rows, attention } = rosterPage(roster, "all");
    expect(rows.map((r) => r.name)).toEqual(["Cy", "Flo", "Ben", "Gus", "Di", "Ada", "Ed"]);
    expect(attention).toBe(5);
    expect(roster.filter(needsAttention).map((r) => r.name)).toEqual(["Ben", "Cy", "Di", "Flo", "Gus"]);
  });

  it("pages the rest, and brings a page out of range back within it", () => {
    expect(rosterPage(roster, 1, 3)).toMatchObject({ page: 1, pages: 3, first: 1, last: 3 });
    const last = rosterPage(roster, 3, 3);
    expect(last).toMatchObject({ page: 3, pages: 3, first: 7, last: 7 });
    expect(last.rows.map((r) => r.name)).toEqual(["Ed"]);
    expect(rosterPage(roster, 99, 3).page).toBe(3);
    expect(rosterPage(roster, 0, 3).page).toBe(1);
    expect(rosterPage(roster, Number.NaN, 3).page).toBe(1);
  });

  it("an empty roster is one empty page", () => {
    expect(rosterPage([], 2)).toEqual({ rows: [], page: 1, pages: 1, attention: 0, first: 0, last: 0 });
  });
});
