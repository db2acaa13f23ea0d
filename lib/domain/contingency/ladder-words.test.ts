import { describe, expect, it } from "vitest";
import { approvalText, dueText, duration, escalationLines, evidenceText } from "./ladder-words";

describe("playbook ladder in words", () => {
  it("counts hours below two days and whole days from there", () => {
    expect([4, 24, 36, 48, 50, 336, -336].map(duration)).toEqual([
      "4 h",
      "24 h",
      "36 h",
      "2 days",
      "50 h",
      "14 days",
      "14 days",
    ]);
  });

  it("says when a step is due relative to its anchor", () => {
    expect(dueText({ anchor: "trigger", offsetHours: 24 })).toBe("24 h after the trigger");
    expect(dueText({ anchor: "deadline", offsetHours: -336 })).toBe("14 days before the deadline");
    expect(dueText({ anchor: "deadline", offsetHours: 24 })).toBe("24 h after the deadline");
    expect(dueText({ anchor: "deadline", offsetHours: 0 })).toBe("at the deadline");
  });

  it("names approval quorums, evidence and escalation levels", () => {
    expect(approvalText({ m: 2, role: "coordinator" })).toBe("2 of coordinator");
    expect(approvalText({ m: 1, role: "safe_security_controller" })).toBe("1 of safe security controller");
    expect(approvalText(null)).toBe("none");
    expect(evidenceText("note", "Who was invited.")).toBe("a note: Who was invited.");
    expect(evidenceText("attachment", "")).toBe("attached files");
    expect(evidenceText("none", "ignored")).toBe("none");
    expect(
      escalationLines(4, [["coordinator"], ["ceremony_administrator", "auditor"], ["internal_witness"]]),
    ).toEqual([
      "at opening: coordinator",
      "after 4 h: ceremony administrator, auditor",
      "after 8 h: internal witness",
    ]);
  });
});
