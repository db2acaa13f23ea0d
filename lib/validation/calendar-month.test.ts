import { describe, expect, it } from "vitest";
import { parseCalendarMonth } from "./calendar-month";

const ID = "3f2a9c1e-8b4d-4e6f-9a1b-2c3d4e5f6a7b";

describe("calendar month query", () => {
  it("defaults to the viewer's current month and every facility", () => {
    expect(parseCalendarMonth({}, "2026-12")).toEqual({ month: "2026-12", facilityId: null, errors: {} });
    expect(parseCalendarMonth({ month: "", facility: "" }, "2026-12").errors).toEqual({});
  });

  it("reads a month and a facility", () => {
    expect(parseCalendarMonth({ month: "2027-02", facility: ID }, "2026-12")).toEqual({
      month: "2027-02",
      facilityId: ID,
      errors: {},
    });
    expect(parseCalendarMonth({ month: ["2027-03", "2027-04"] }, "2026-12").month).toBe("2027-03");
  });

  it("refuses a malformed month with a message naming the field, and shows the default", () => {
    for (const bad of ["2026-13", "2026-1", "26-01", "next", "2026-00", "1999-12", "2100-01"]) {
      const query = parseCalendarMonth({ month: bad }, "2026-12");
      expect(query.month).toBe("2026-12");
      expect(query.errors.month).toMatch(/^Month must/);
    }
  });

  it("refuses a facility that is not an id", () => {
    const query = parseCalendarMonth({ facility: "'; drop table facilities" }, "2026-12");
    expect(query).toEqual({
      month: "2026-12",
      facilityId: null,
      errors: { facility: "Facility must be one from the list." },
    });
  });
});
