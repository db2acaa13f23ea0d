import { describe, expect, it } from "vitest";
import { dueReminderStage } from "./reminder-stages";

describe("answer reminder stages (14, 7 and 2 days before the RSVP-by date)", () => {
  const deadline = "2027-03-20";
  it("is quiet before the first stage and after the deadline", () => {
    expect(dueReminderStage(deadline, "2027-03-05")).toBeNull();
    expect(dueReminderStage(deadline, "2027-03-21")).toBeNull();
  });
  it("names the nearest stage whose day has come, through the deadline day", () => {
    expect(dueReminderStage(deadline, "2027-03-06")).toBe(14);
    expect(dueReminderStage(deadline, "2027-03-12")).toBe(14);
    expect(dueReminderStage(deadline, "2027-03-13")).toBe(7);
    expect(dueReminderStage(deadline, "2027-03-18")).toBe(2);
    expect(dueReminderStage(deadline, "2027-03-20")).toBe(2);
  });
  it("across a month end and with other stages", () => {
    expect(dueReminderStage("2027-03-02", "2027-02-28")).toBe(2);
    expect(dueReminderStage("2027-03-02", "2027-02-28", [3])).toBe(3);
  });
});
