import { describe, expect, it } from "vitest";
import { DEFAULT_MILESTONES } from "@/lib/domain/milestones";
import { type CalendarCeremony, type CalendarInput, entriesByDay } from "./calendar-events";

const east: CalendarCeremony = {
  id: "c1",
  label: "KSK-41",
  kind: "key_signing",
  status: "scheduled",
  // 13:00 EDT at the facility.
  startsAt: Date.parse("2026-04-23T17:00:00Z"),
  durationMinutes: 240,
  timeZone: "America/New_York",
  standbyDate: null,
  facilityId: "f-east",
};

const input = (over: Partial<CalendarInput> = {}): CalendarInput => ({
  ceremonies: [east],
  restrictions: [],
  policy: DEFAULT_MILESTONES,
  ...over,
});

const april = { from: "2026-03-30", to: "2026-05-03" };
const kinds = (days: Map<string, { kind: string }[]>, date: string) => days.get(date)?.map((e) => e.kind);

describe("calendar entries", () => {
  it("puts a ceremony on each day it touches in the viewer's zone, with the facility's clock", () => {
    // 17:00Z is 22:45 in Kathmandu (UTC+5:45): the four hours run past midnight there.
    const days = entriesByDay(input(), "Asia/Kathmandu", april);
    const [first] = days.get("2026-04-23") ?? [];
    const [second] = days.get("2026-04-24") ?? [];
    expect(first).toMatchObject({
      kind: "ceremony",
      title: "KSK-41: key signing",
      ceremonyId: "c1",
      facilityId: "f-east",
      cancelled: false,
      continued: false,
      time: "22:45–Fri 24 Apr, 02:45 GMT+5:45",
      facilityTime: "13:00–17:00 EDT",
    });
    expect(second).toMatchObject({ kind: "ceremony", continued: true });
    expect(days.has("2026-04-25")).toBe(false);
  });

  it("names the facility's day when it is another date than the viewer's", () => {
    const late = { ...east, startsAt: Date.parse("2026-04-24T01:00:00Z"), durationMinutes: 60 };
    const [entry] =
      entriesByDay(input({ ceremonies: [late] }), "Europe/Stockholm", april).get("2026-04-24") ?? [];
    expect(entry?.time).toBe("03:00–04:00 GMT+2");
    expect(entry?.facilityTime).toBe("Thu 23 Apr, 21:00–22:00 EDT");
  });

  it("leaves the facility clock out when the viewer reads the same clock", () => {
    const [entry] = entriesByDay(input(), "America/New_York", april).get("2026-04-23") ?? [];
    expect(entry).toMatchObject({ time: "13:00–17:00 EDT", facilityTime: null });
  });

  it("an end exactly at the viewer's midnight does not touch the next day", () => {
    const evening = { ...east, startsAt: Date.parse("2026-04-23T20:00:00Z"), durationMinutes: 240 };
    const days = entriesByDay(input({ ceremonies: [evening] }), "UTC", april);
    expect(kinds(days, "2026-04-23")).toEqual(["ceremony"]);
    expect(days.has("2026-04-24")).toBe(false);
  });

  it("holds the standby day at the same facility-local hour across a clock change", () => {
    // 13:00 EST on 5 March is 18:00Z; the US moves to EDT on 8 March, so 13:00 on the 12th is 17:00Z.
    const march = { ...east, startsAt: Date.parse("2026-03-05T18:00:00Z"), standbyDate: "2026-03-12" };
    const days = entriesByDay(input({ ceremonies: [march] }), "UTC", {
      from: "2026-02-23",
      to: "2026-04-05",
    });
    const standby = days.get("2026-03-12")?.find((e) => e.kind === "standby");
    expect(standby).toMatchObject({ title: "KSK-41: standby day", time: "17:00–21:00 UTC" });
    expect(standby?.facilityTime).toBe("13:00–17:00 EDT");
    expect(days.get("2026-03-05")?.find((e) => e.kind === "ceremony")?.time).toBe("18:00–22:00 UTC");
  });

  it("places the deadlines on their facility-local dates", () => {
    // 120, 75 and 60 days before 23 April 2026.
    const days = entriesByDay(input(), "Asia/Kathmandu", { from: "2025-12-01", to: "2026-02-28" });
    expect(days.get("2025-12-24")?.map((e) => e.title)).toEqual(["KSK-41: Announce the date"]);
    expect(days.get("2026-02-07")?.map((e) => e.title)).toEqual(["KSK-41: Responses due"]);
    expect(days.get("2026-02-22")?.map((e) => [e.kind, e.time])).toEqual([["milestone", null]]);
  });

  it("marks a cancelled ceremony and drops its standby day and deadlines", () => {
    const cancelled = { ...east, status: "cancelled" as const, standbyDate: "2026-04-30" };
    const days = entriesByDay(input({ ceremonies: [cancelled] }), "UTC", {
      from: "2025-12-01",
      to: "2026-05-31",
    });
    expect([...days.values()].flat().map((e) => [e.kind, e.cancelled])).toEqual([["ceremony", true]]);
  });

  it("shows a restriction window on every date it covers inside the range, whole-date entries first", () => {
    const restrictions = [
      {
        id: "r1",
        fromCountry: "SE",
        toCountry: "US",
        kind: "entry_ban",
        startDate: "2026-04-20",
        endDate: "2026-05-10",
      },
    ];
    const days = entriesByDay(input({ restrictions }), "UTC", april);
    const covered = [...days.entries()].filter(([, list]) => list.some((e) => e.kind === "restriction"));
    expect(covered.map(([date]) => date)[0]).toBe("2026-04-20");
    expect(covered).toHaveLength(14);
    expect(kinds(days, "2026-04-23")).toEqual(["restriction", "ceremony"]);
    expect(days.get("2026-04-20")?.[0]).toMatchObject({
      title: "Travel SE → US: entry ban",
      continued: false,
    });
    expect(days.get("2026-04-21")?.[0]?.continued).toBe(true);
  });

  it("is empty for a range with nothing in it", () => {
    expect(entriesByDay(input(), "UTC", { from: "2027-01-01", to: "2027-01-31" }).size).toBe(0);
  });
});
