import { describe, expect, it } from "vitest";
import { inviteAdvice } from "./invite-advice";

const outcome = (confirmed: number, possible: number, margin: number, available = 0) => ({
  key: "crypto_officer/CO-EAST",
  role: "crypto_officer" as const,
  credentialSet: "CO-EAST",
  min: 3,
  confirmed,
  possible,
  margin,
  met: confirmed >= 3,
  available,
});

describe("invite advice", () => {
  it("asks for the shortfall plus the safety margin", () => {
    expect(inviteAdvice([outcome(1, 0, -2, 1)], 1)[0]).toMatchObject({
      target: 4,
      counted: 1,
      inviteMore: 3,
    });
  });
  it("counts possible people and confirmed spares", () => {
    expect(inviteAdvice([outcome(2, 1, -1, 3)], 1)[0]?.inviteMore).toBe(1);
    expect(inviteAdvice([outcome(3, 0, 2, 5)], 1)[0]?.inviteMore).toBe(0);
    expect(inviteAdvice([outcome(3, 0, 0, 3)], 2)[0]?.inviteMore).toBe(2);
  });
  it("counts invitees who may still come even when the slots are already filled", () => {
    // Three confirmed fill the three slots; two more invitees have not answered yet.
    expect(inviteAdvice([outcome(3, 0, 0, 5)], 1)[0]).toMatchObject({ counted: 5, inviteMore: 0 });
  });
});
