import { describe, expect, it } from "vitest";
import { allowedTransitions, canTransition, isEditable, statusAfterReschedule } from "./ceremony-lifecycle";
import { CEREMONY_STATUSES } from "./vocabulary";

describe("ceremony lifecycle", () => {
  it("follows proposed -> scheduled -> confirmed -> held", () => {
    expect(canTransition("proposed", "scheduled")).toBe(true);
    expect(canTransition("scheduled", "confirmed")).toBe(true);
    expect(canTransition("confirmed", "held")).toBe(true);
  });
  it("postpones and reschedules, or cancels, but never skips ahead or leaves a final state", () => {
    expect(canTransition("scheduled", "postponed")).toBe(true);
    expect(canTransition("postponed", "scheduled")).toBe(true);
    expect(canTransition("proposed", "held")).toBe(false);
    expect(canTransition("proposed", "confirmed")).toBe(false);
    for (const to of CEREMONY_STATUSES) {
      expect(canTransition("held", to)).toBe(false);
      expect(canTransition("cancelled", to)).toBe(false);
    }
    expect(allowedTransitions("confirmed")).toEqual(["held", "postponed", "cancelled"]);
  });
  it("lets details change until the ceremony is final", () => {
    expect(isEditable("postponed")).toBe(true);
    expect(isEditable("held")).toBe(false);
    expect(statusAfterReschedule("postponed")).toBe("scheduled");
    expect(statusAfterReschedule("confirmed")).toBe("confirmed");
  });
});
