import { describe, expect, it } from "vitest";
import { formatInstantUtc, MS_PER_DAY } from "@/lib/time";
import { defaultTimelineWindow } from "./timeline-window";

const utc = (text: string) => Date.parse(text);
const days = (window: { from: number; to: number }) => [
  formatInstantUtc(window.from).slice(0, 10),
  formatInstantUtc(window.to).slice(0, 10),
];
const now = utc("2026-12-07T12:00:00Z");

describe("the timeline's default window", () => {
  it("runs from the last key signing to the next deadline, two weeks more on each side", () => {
    const window = defaultTimelineWindow({
      now,
      lastSigningAt: utc("2026-10-15T18:00:00Z"),
      nextNeededBy: utc("2027-04-01T00:00:00Z"),
    });
    expect(days(window)).toEqual(["2026-10-01", "2027-04-15"]);
  });

  it("starts at now when no key signing was held yet", () => {
    const window = defaultTimelineWindow({
      now,
      lastSigningAt: null,
      nextNeededBy: utc("2027-04-01T00:00:00Z"),
    });
    expect(window.from).toBe(now - 14 * MS_PER_DAY);
    expect(days(window)[1]).toBe("2027-04-15");
  });

  it("ends just after now without a deadline", () => {
    const window = defaultTimelineWindow({
      now,
      lastSigningAt: utc("2026-10-15T18:00:00Z"),
      nextNeededBy: null,
    });
    expect(days(window)).toEqual(["2026-10-01", "2026-12-21"]);
  });

  it("with everything in the past, reaches back to the missed deadline and forward to now", () => {
    const window = defaultTimelineWindow({
      now,
      lastSigningAt: utc("2018-01-10T18:00:00Z"),
      nextNeededBy: utc("2018-04-01T00:00:00Z"),
    });
    expect(days(window)).toEqual(["2017-12-27", "2026-12-21"]);
  });

  it("is a month around now with nothing known", () => {
    const window = defaultTimelineWindow({ now, lastSigningAt: null, nextNeededBy: null });
    expect(window).toEqual({ from: now - 14 * MS_PER_DAY, to: now + 14 * MS_PER_DAY });
  });
});
