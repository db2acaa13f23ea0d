import { describe, expect, it } from "vitest";
import { MS_PER_HOUR } from "@/lib/time";
import { escalationLevelDue, nextEscalationAt, overdueStage, stepDueAt } from "./escalation";

const opened = Date.parse("2020-03-20T09:00:00Z");

describe("escalation timing", () => {
  const due = (hours: number, acknowledgedAfter: number | null = null, levels = 3) =>
    escalationLevelDue({
      openedAt: opened,
      acknowledgedAt: acknowledgedAfter === null ? null : opened + acknowledgedAfter * MS_PER_HOUR,
      escalationHours: 4,
      levels,
      now: opened + hours * MS_PER_HOUR,
    });

  it("reaches the next level every escalation period, up to the last level", () => {
    expect([0, 3.99, 4, 7.99, 8, 20, 100].map((h) => due(h))).toEqual([0, 0, 1, 1, 2, 2, 2]);
    expect(due(100, null, 1)).toBe(0);
    expect(due(-1)).toBe(0);
  });

  it("freezes at acknowledgement", () => {
    expect(due(20, 5)).toBe(1);
    expect(due(20, 2)).toBe(0);
  });

  it("names the next escalation until the last level, and none once acknowledged", () => {
    const next = (hours: number, acknowledged: number | null = null) =>
      nextEscalationAt({
        openedAt: opened,
        acknowledgedAt: acknowledged === null ? null : opened + acknowledged * MS_PER_HOUR,
        escalationHours: 4,
        levels: 3,
        now: opened + hours * MS_PER_HOUR,
      });
    expect(next(1)).toBe(opened + 4 * MS_PER_HOUR);
    expect(next(5)).toBe(opened + 8 * MS_PER_HOUR);
    expect(next(9)).toBeNull();
    expect(next(1, 0.5)).toBeNull();
  });
});

describe("step due dates", () => {
  const deadline = Date.parse("2020-04-23T17:00:00Z");

  it("counts hours after the trigger, or before/after the deadline", () => {
    expect(stepDueAt({ anchor: "trigger", offsetHours: 24 }, opened, deadline)).toBe(
      opened + 24 * MS_PER_HOUR,
    );
    expect(stepDueAt({ anchor: "deadline", offsetHours: -14 * 24 }, opened, deadline)).toBe(
      Date.parse("2020-04-09T17:00:00Z"),
    );
    expect(stepDueAt({ anchor: "deadline", offsetHours: 2 }, opened, deadline)).toBe(
      deadline + 2 * MS_PER_HOUR,
    );
  });

  it("falls back to the trigger when no deadline is known", () => {
    expect(stepDueAt({ anchor: "deadline", offsetHours: 5 }, opened, null)).toBe(opened + 5 * MS_PER_HOUR);
  });
});

describe("overdue reminders", () => {
  it("reminds the owner once due, the coordinators one escalation period later", () => {
    const dueAt = opened + 10 * MS_PER_HOUR;
    expect(overdueStage(dueAt, dueAt - 1, 4)).toBe("none");
    expect(overdueStage(dueAt, dueAt, 4)).toBe("owner");
    expect(overdueStage(dueAt, dueAt + 4 * MS_PER_HOUR - 1, 4)).toBe("owner");
    expect(overdueStage(dueAt, dueAt + 4 * MS_PER_HOUR, 4)).toBe("coordinators");
  });
});
