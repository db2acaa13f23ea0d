import { describe, expect, it } from "vitest";
import {
  addDaysToCivil,
  civilDateInZone,
  civilDaysBetween,
  civilToDayNumber,
  formatDurationSeconds,
  formatInstantUtc,
  instantOfLocal,
  isCivilDate,
  isoWeekdayOfDayNumber,
  isValidTimeZone,
  parseIsoDurationSeconds,
  parseUtcTimestamp,
  tryParseIsoInstant,
} from "./index";

// vitest.config.ts runs this under TZ=Asia/Kathmandu (+05:45): any hidden use of the machine zone shows.
describe("civil dates", () => {
  it("validates real calendar dates only", () => {
    expect(isCivilDate("2020-02-29")).toBe(true);
    expect(isCivilDate("2021-02-29")).toBe(false);
    expect(isCivilDate("2021-2-1")).toBe(false);
  });

  it("adds days across month, year and DST boundaries", () => {
    expect(addDaysToCivil("2020-12-31", 1)).toBe("2021-01-01");
    expect(addDaysToCivil("2020-03-08", 1)).toBe("2020-03-09");
    expect(addDaysToCivil("2020-03-01", -1)).toBe("2020-02-29");
    expect(civilDaysBetween("2020-04-09", "2020-04-23")).toBe(14);
  });

  it("knows weekdays", () => {
    expect(isoWeekdayOfDayNumber(civilToDayNumber("2020-04-25"))).toBe(6);
    expect(isoWeekdayOfDayNumber(civilToDayNumber("2020-04-20"))).toBe(1);
  });
});

describe("zones", () => {
  it("gives the facility-local date of an instant, not the machine's", () => {
    const instant = Date.UTC(2020, 3, 24, 1, 30); // 21:30 on the 23rd in New York, 07:15 on the 24th here
    expect(civilDateInZone(instant, "America/New_York")).toBe("2020-04-23");
    expect(civilDateInZone(instant, "UTC")).toBe("2020-04-24");
  });

  it("finds the instant of a local wall-clock time, including across DST", () => {
    expect(instantOfLocal("2020-04-23", "13:00", "America/New_York")).toBe(Date.UTC(2020, 3, 23, 17));
    expect(instantOfLocal("2020-01-23", "13:00", "America/New_York")).toBe(Date.UTC(2020, 0, 23, 18));
    expect(instantOfLocal("2020-04-23", "13:00", "Asia/Kathmandu")).toBe(Date.UTC(2020, 3, 23, 7, 15));
  });

  it("reads a clock time that happens twice as its first occurrence, as calendars do (RFC 5545)", () => {
    // New York, 2020-11-01: 01:30 EDT, then an hour later 01:30 EST.
    expect(instantOfLocal("2020-11-01", "01:30", "America/New_York")).toBe(Date.UTC(2020, 10, 1, 5, 30));
    // Lord Howe goes back half an hour: 01:45 happens at +11:00 and again at +10:30.
    expect(instantOfLocal("2020-04-05", "01:45", "Australia/Lord_Howe")).toBe(Date.UTC(2020, 3, 4, 14, 45));
  });

  it("moves a clock time that never happens forward by the gap", () => {
    // New York, 2020-03-08: clocks jump from 02:00 EST to 03:00 EDT; 02:30 is read as 03:30 EDT.
    expect(instantOfLocal("2020-03-08", "02:30", "America/New_York")).toBe(Date.UTC(2020, 2, 8, 7, 30));
    expect(civilDateInZone(Date.UTC(2020, 2, 8, 7, 30), "America/New_York")).toBe("2020-03-08");
  });

  it("keeps the seconds of historical offsets", () => {
    // Monrovia kept -00:44:30 until 1972.
    expect(instantOfLocal("1960-06-01", "12:00", "Africa/Monrovia")).toBe(Date.UTC(1960, 5, 1, 12, 44, 30));
    expect(civilDateInZone(Date.UTC(1960, 5, 2, 0, 44, 29), "Africa/Monrovia")).toBe("1960-06-01");
    expect(civilDateInZone(Date.UTC(1960, 5, 2, 0, 44, 30), "Africa/Monrovia")).toBe("1960-06-02");
  });

  it("validates IANA zone names with Intl", () => {
    expect(isValidTimeZone("America/Los_Angeles")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("+02:00")).toBe(false);
  });
});

describe("instants", () => {
  it("requires an offset and honours any offset", () => {
    expect(tryParseIsoInstant("2020-04-23T13:00:00-04:00")).toBe(Date.UTC(2020, 3, 23, 17));
    expect(tryParseIsoInstant("2020-04-23T17:00:00Z")).toBe(Date.UTC(2020, 3, 23, 17));
    expect(tryParseIsoInstant("2020-04-23T13:00:00")).toBeNull();
  });

  it("formats as UTC with Z and whole seconds", () => {
    expect(formatInstantUtc(Date.UTC(2018, 0, 1, 0, 0, 0, 999))).toBe("2018-01-01T00:00:00Z");
  });

  it("parses KSR timestamps as UTC and refuses other offsets", () => {
    expect(parseUtcTimestamp("2018-01-01T00:00:00")).toEqual({ ok: true, instant: Date.UTC(2018, 0, 1) });
    expect(parseUtcTimestamp("2018-01-01T00:00:00+00:00")).toEqual({
      ok: true,
      instant: Date.UTC(2018, 0, 1),
    });
    expect(parseUtcTimestamp("2018-01-01T00:00:00+01:00")).toMatchObject({ ok: false });
    expect(parseUtcTimestamp("2018-02-30T00:00:00Z")).toMatchObject({ ok: false });
  });
});

describe("durations", () => {
  it("parses the ISO 8601 forms used by KSR policies and refuses months", () => {
    expect(parseIsoDurationSeconds("P21D")).toBe(21 * 86_400);
    expect(parseIsoDurationSeconds("PT0S")).toBe(0);
    expect(parseIsoDurationSeconds("P1WT1H30M")).toBe(7 * 86_400 + 5_400);
    expect(parseIsoDurationSeconds("P1M")).toBeNull();
    expect(parseIsoDurationSeconds("P")).toBeNull();
    expect(formatDurationSeconds(5 * 86_400 - 1)).toBe("4d 23h 59m 59s");
  });
});
