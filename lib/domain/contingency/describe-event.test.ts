import { describe, expect, it } from "vitest";
import { describeEvent } from "./describe-event";
import { CONTINGENCY_EVENT_KINDS } from "./vocabulary";

describe("timeline sentences", () => {
  it("has a sentence for every event kind", () => {
    for (const kind of CONTINGENCY_EVENT_KINDS) expect(describeEvent(kind, {})).not.toBe(kind);
    expect(describeEvent("unknown_kind", {})).toBe("unknown_kind");
  });

  it("tells decisions, approvals and evidence with their notes", () => {
    expect(
      describeEvent("opened", { cause: "quorum_not_met", reason: "Entry bans.", playbook: "Root KSK" }),
    ).toBe("Opened (quorum not met): Entry bans. Playbook: Root KSK.");
    expect(
      describeEvent("option_chosen", { title: "Move the date", approval: { m: 2, role: "coordinator" } }),
    ).toBe("Chose the option “Move the date”. It needs 2 approvals from the coordinator role.");
    expect(
      describeEvent("option_approved", { option: "move", approvals: 1, missing: 1, note: "Board agrees" }),
    ).toBe("Approved the option move (1 approval, 1 still needed): Board agrees.");
    expect(describeEvent("step_completed", { step: "Find a date", note: "23 April, El Segundo" })).toBe(
      "Completed “Find a date”. Evidence: 23 April, El Segundo.",
    );
    expect(describeEvent("step_overdue", { step: "Travel", stage: "coordinators" })).toContain(
      "the coordinators",
    );
    expect(describeEvent("resolved", { note: "Held on 23 April." })).toBe("Resolved: Held on 23 April.");
  });
});

describe("notes in the timeline", () => {
  it("end the sentence once, whether or not the note has its own full stop", () => {
    expect(describeEvent("step_completed", { step: "Book travel", note: "Flights booked." })).toBe(
      "Completed “Book travel”. Evidence: Flights booked.",
    );
    expect(describeEvent("step_completed", { step: "Book travel", note: "Flights booked" })).toBe(
      "Completed “Book travel”. Evidence: Flights booked.",
    );
  });
});

describe("evidence files in the timeline", () => {
  const file = { name: "consent.pdf", size: 2048, sha256: "a8ea9f63d81e0927b1935af65c5c4ae1" };

  it("name each file with its size and the start of its SHA-256, after the note if there is one", () => {
    expect(describeEvent("step_completed", { step: "Consent", note: "Four forms.", files: [file] })).toBe(
      "Completed “Consent”. Evidence: Four forms. Files: consent.pdf (2.0 KiB, SHA-256 a8ea9f63d81e…).",
    );
    expect(describeEvent("evidence_added", { step: "Consent", files: [file, { ...file, size: 1 }] })).toBe(
      "Added evidence to “Consent”. Files: consent.pdf (2.0 KiB, SHA-256 a8ea9f63d81e…), consent.pdf (1 byte, SHA-256 a8ea9f63d81e…).",
    );
  });
});
