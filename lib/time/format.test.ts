import { describe, expect, it } from "vitest";
import { formatInZone, formatMeeting, formatUtc } from "./format";

describe("formatting in a zone", () => {
  const instant = new Date("2020-04-24T01:30:00Z");
  it("shows the facility's wall clock, not the machine's", () => {
    expect(formatInZone(instant, "America/New_York", "yyyy-MM-dd HH:mm")).toBe("2020-04-23 21:30");
    expect(formatInZone(instant, "Asia/Kathmandu", "yyyy-MM-dd HH:mm")).toBe("2020-04-24 07:15");
  });
  it("names the zone abbreviation for meetings", () => {
    expect(formatMeeting(instant, "America/New_York")).toBe("Thu 23 Apr 2020, 21:30 EDT");
  });
  it("prints audit times in UTC to the millisecond", () => {
    expect(formatUtc(new Date("2026-01-02T03:04:05.678Z"))).toBe("2026-01-02 03:04:05.678 UTC");
  });
});
