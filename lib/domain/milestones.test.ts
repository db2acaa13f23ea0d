import { describe, expect, it } from "vitest";
import { DEFAULT_MILESTONES, milestonesFor } from "./milestones";

const start = Date.parse("2020-04-23T17:00:00Z"); // 13:00 in Culpeper
const base = {
  startsAt: start,
  timeZone: "America/New_York",
  standbyDate: "2020-04-24",
  status: "proposed" as const,
  invited: 3,
  unanswered: 1,
  travelling: 2,
};

describe("milestones", () => {
  it("counts back 120, 75 and 60 days from the facility-local date", () => {
    const m = milestonesFor(base, DEFAULT_MILESTONES, Date.parse("2019-11-01T12:00:00Z"));
    expect(m.map((x) => [x.key, x.date])).toEqual([
      ["announce", "2019-12-25"],
      ["rsvp", "2020-02-08"],
      ["travel_request", "2020-02-23"],
      ["ceremony", "2020-04-23"],
      ["standby", "2020-04-24"],
    ]);
    expect(m.every((x) => x.state === "upcoming")).toBe(true);
  });

  it("flags what is overdue on the facility's calendar, not UTC", () => {
    // 2020-02-09T03:00Z is still 8 February in Culpeper: the RSVP date is due, not overdue.
    const due = milestonesFor(base, DEFAULT_MILESTONES, Date.parse("2020-02-09T03:00:00Z"));
    expect(due.find((x) => x.key === "announce")?.state).toBe("overdue");
    expect(due.find((x) => x.key === "rsvp")?.state).toBe("due");
    const later = milestonesFor(base, DEFAULT_MILESTONES, Date.parse("2020-02-09T12:00:00Z"));
    expect(later.find((x) => x.key === "rsvp")?.state).toBe("overdue");
  });

  it("marks announce and responses done when the roster says so", () => {
    const m = milestonesFor(
      { ...base, status: "scheduled", unanswered: 0 },
      DEFAULT_MILESTONES,
      Date.parse("2020-03-01T12:00:00Z"),
    );
    expect(m.find((x) => x.key === "announce")?.state).toBe("done");
    expect(m.find((x) => x.key === "rsvp")?.state).toBe("done");
    expect(m.find((x) => x.key === "travel_request")?.state).toBe("overdue");
  });
});

describe("milestones of a moved ceremony", () => {
  // Moved on 2020-03-20 to 2020-04-23: announce (2019-12-25), responses (2020-02-08) and travel
  // (2020-02-23) were already past for the new date.
  const moved = {
    ...base,
    status: "scheduled" as const,
    unanswered: 0,
    movedAt: Date.parse("2020-03-20T15:00:00Z"),
  };

  it("marks milestones already past at the move as missed, never done", () => {
    const m = milestonesFor(moved, DEFAULT_MILESTONES, Date.parse("2020-03-21T12:00:00Z"));
    expect(m.filter((x) => x.state === "missed").map((x) => x.key)).toEqual([
      "announce",
      "rsvp",
      "travel_request",
    ]);
    expect(m.find((x) => x.key === "rsvp")?.detail).toMatch(/moved \(on 2020-03-20\)/);
    expect(m.find((x) => x.key === "ceremony")?.state).toBe("upcoming");
  });

  it("keeps the usual states for milestones after the move", () => {
    const later = { ...moved, startsAt: Date.parse("2020-09-01T14:00:00Z"), standbyDate: "2020-09-02" };
    const m = milestonesFor(later, DEFAULT_MILESTONES, Date.parse("2020-03-21T12:00:00Z"));
    expect(m.find((x) => x.key === "announce")?.state).toBe("done");
    expect(m.find((x) => x.key === "travel_request")?.state).toBe("upcoming");
    expect(m.some((x) => x.state === "missed")).toBe(false);
  });
});
