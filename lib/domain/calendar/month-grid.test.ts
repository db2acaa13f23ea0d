import { describe, expect, it } from "vitest";
import { addMonths, isCivilMonth, lastDayOfMonth, monthInZone } from "@/lib/time";
import { monthGrid } from "./month-grid";

describe("month grid", () => {
  it("runs under the odd test zone, so nothing leans on the machine's zone", () => {
    expect(process.env.TZ).toBe("Asia/Kathmandu");
  });

  it("lays out a month Monday first with the neighbouring days marked", () => {
    // March 2026 begins on a Sunday and ends on a Tuesday.
    const grid = monthGrid("2026-03", "UTC", Date.parse("2026-03-10T12:00:00Z"));
    expect(grid.weeks).toHaveLength(6);
    expect(grid.weeks[0]?.map((d) => d.date)[0]).toBe("2026-02-23");
    expect(grid.weeks[0]?.[6]).toMatchObject({ date: "2026-03-01", day: 1, inMonth: true });
    expect(grid.weeks[0]?.[0]?.inMonth).toBe(false);
    expect(grid.weeks.at(-1)?.at(-1)).toMatchObject({ date: "2026-04-05", inMonth: false });
    expect(grid.weeks.flat().filter((d) => d.inMonth)).toHaveLength(31);
    expect(
      grid.weeks
        .flat()
        .filter((d) => d.isToday)
        .map((d) => d.date),
    ).toEqual(["2026-03-10"]);
  });

  it("keeps every week seven days long across the clock changes", () => {
    // Europe moves clocks on 29 March and 25 October 2026; the US on 8 March and 1 November.
    for (const [month, zone] of [
      ["2026-03", "Europe/Stockholm"],
      ["2026-10", "Europe/Stockholm"],
      ["2026-03", "America/New_York"],
      ["2026-11", "America/New_York"],
      ["2026-04", "Australia/Lord_Howe"],
    ] as const) {
      const grid = monthGrid(month, zone, 0);
      const days = grid.weeks.flat();
      expect(days.length % 7).toBe(0);
      expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
      expect(days.filter((d) => d.inMonth).at(-1)?.date).toBe(grid.last);
    }
  });

  it("a four-week February fills exactly four rows", () => {
    // February 2021 starts on a Monday and has 28 days.
    expect(monthGrid("2021-02", "Asia/Kathmandu", 0).weeks).toHaveLength(4);
  });

  it("marks today in the viewer's zone, not in UTC", () => {
    // 18:30 UTC on 31 March is already 1 April in Kathmandu (UTC+5:45) and in Kiritimati (UTC+14).
    const at = Date.parse("2026-03-31T18:30:00Z");
    expect(monthInZone(at, "UTC")).toBe("2026-03");
    expect(monthInZone(at, "Asia/Kathmandu")).toBe("2026-04");
    expect(monthInZone(at, "Pacific/Kiritimati")).toBe("2026-04");
    const today = (zone: string) =>
      monthGrid("2026-04", zone, at)
        .weeks.flat()
        .find((d) => d.isToday)?.date;
    expect(today("Asia/Kathmandu")).toBe("2026-04-01");
    expect(today("America/Los_Angeles")).toBe("2026-03-31");
  });

  it("steps months across years and knows month lengths", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-05", -17)).toBe("2024-12");
    expect(lastDayOfMonth("2024-02")).toBe("2024-02-29");
    expect(lastDayOfMonth("2100-02")).toBe("2100-02-28");
    expect(isCivilMonth("2026-13")).toBe(false);
    expect(isCivilMonth("2026-7")).toBe(false);
    expect(() => addMonths("2026-00", 1)).toThrow(RangeError);
  });
});
