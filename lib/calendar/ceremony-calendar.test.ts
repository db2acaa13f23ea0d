import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type CalendarCeremony, ceremonyCalendar } from "./ceremony-calendar";

const kc41: CalendarCeremony = {
  id: "5b1e2f0c-0000-4000-8000-000000000041",
  label: "KC41",
  kind: "key_signing",
  status: "scheduled",
  startsAt: new Date("2020-04-23T17:00:00Z"),
  durationMinutes: 240,
  timeZone: "America/New_York",
  standbyDate: "2020-04-24",
  facilityName: "Key Management Facility East",
  city: "Culpeper",
  version: 3,
  url: "http://localhost:3000/me/ceremonies/x",
};

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e)) };
}

describe("ceremony calendar", () => {
  it("puts the ceremony at facility time with its zone and a stable UID and sequence", () => {
    const text = ceremonyCalendar([kc41], "REQUEST", "KC41");
    expect(text).toContain("DTSTART;TZID=America/New_York:20200423T130000");
    expect(text).toContain("BEGIN:VTIMEZONE");
    const {
      calendar,
      events: [main],
    } = events(text);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(main?.uid).toBe(`${kc41.id}@ceremony-desk`);
    expect(main?.sequence).toBe(3);
    expect(main?.startDate.toJSDate().toISOString()).toBe("2020-04-23T17:00:00.000Z");
    expect(main?.endDate.toJSDate().toISOString()).toBe("2020-04-23T21:00:00.000Z");
  });

  it("adds the standby date as its own all-day event", () => {
    const { events: list } = events(ceremonyCalendar([kc41], "PUBLISH", "x"));
    const standby = list.find((e) => e.uid.endsWith("-standby@ceremony-desk"));
    expect(standby?.startDate.isDate).toBe(true);
    expect(standby?.startDate.toString()).toBe("2020-04-24");
  });

  it("cancels with METHOD:CANCEL and STATUS:CANCELLED", () => {
    const text = ceremonyCalendar([{ ...kc41, status: "cancelled", version: 4 }], "CANCEL", "KC41");
    expect(text).toContain("METHOD:CANCEL");
    expect(text).toContain("STATUS:CANCELLED");
    expect(text).toContain("SEQUENCE:4");
  });

  it("writes one VTIMEZONE per zone in a feed with ceremonies at both facilities", () => {
    const west = {
      ...kc41,
      id: "w",
      timeZone: "America/Los_Angeles",
      startsAt: new Date("2020-05-23T20:00:00Z"),
    };
    const text = ceremonyCalendar([kc41, west], "PUBLISH", "My ceremonies");
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    expect(text).toContain("DTSTART;TZID=America/Los_Angeles:20200523T130000");
  });
});
