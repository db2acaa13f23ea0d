import { describe, expect, it } from "vitest";
import type { PersonRole } from "@/lib/domain/people";
import {
  type ApprovalRound,
  approvalRefusal,
  approvalsMissing,
  approverPool,
  shortfallText,
} from "./approvers";

const person = (id: string, roles: PersonRole[] = ["coordinator"]) => ({ id, name: id.toUpperCase(), roles });
const twoCoordinators = { m: 2, role: "coordinator" } as const;
const round = (overrides: Partial<ApprovalRound> = {}): ApprovalRound => ({
  approval: twoCoordinators,
  approvedBy: [],
  proposedBy: null,
  ...overrides,
});

describe("approvalRefusal", () => {
  it("takes only holders of the named role, each once, never the proposer", () => {
    expect(approvalRefusal(round(), person("a"))).toBeNull();
    expect(approvalRefusal(round(), person("t", ["crypto_officer"]))).toBe(
      "Only a person with the coordinator role may approve this.",
    );
    expect(approvalRefusal(round({ approvedBy: ["a"] }), person("a"))).toBe(
      "You have already approved this.",
    );
    expect(approvalRefusal(round({ proposedBy: "a" }), person("a"))).toBe(
      "You chose this option, so someone else must approve it.",
    );
    expect(approvalRefusal(round({ approval: null }), person("a"))).toBe("This needs no approval.");
  });
});

describe("approvalsMissing", () => {
  it("counts what is still missing, never below zero, without the proposer's own approval", () => {
    expect(approvalsMissing(round())).toBe(2);
    expect(approvalsMissing(round({ approvedBy: ["a"] }))).toBe(1);
    expect(approvalsMissing(round({ approvedBy: ["a", "b", "c"] }))).toBe(0);
    expect(approvalsMissing(round({ approvedBy: ["a", "p"], proposedBy: "p" }))).toBe(1);
    expect(approvalsMissing(round({ approval: null }))).toBe(0);
  });
});

describe("approverPool", () => {
  const people = [person("a"), person("b"), person("c"), person("s", ["ceremony_administrator"])];

  it("lists who still may approve: role holders who neither approved nor proposed", () => {
    const pool = approverPool(round({ approvedBy: ["b"], proposedBy: "a" }), people);
    expect(pool.stillMay.map((p) => p.id)).toEqual(["c"]);
    expect(pool.proposer?.id).toBe("a");
    expect(pool.missing).toBe(1);
    expect(pool.shortfall).toBeNull();
  });

  it("finds a rule unmeetable when too few others hold the role", () => {
    const three = round({ approval: { m: 3, role: "coordinator" }, proposedBy: "a" });
    const pool = approverPool(three, people);
    expect(pool.shortfall).toEqual({ needs: 3, exist: 2, role: "coordinator", proposerExcluded: true });
    expect(shortfallText(pool.shortfall ?? never(), "you")).toBe("needs 3 coordinators, 2 exist besides you");
  });

  it("counts approvals already given among those who exist", () => {
    const three = round({ approval: { m: 3, role: "coordinator" }, approvedBy: ["gone", "b"] });
    expect(approverPool(three, people)).toMatchObject({ missing: 1, shortfall: null });
    const five = round({ approval: { m: 5, role: "coordinator" }, approvedBy: ["gone"] });
    expect(approverPool(five, people).shortfall).toMatchObject({ needs: 5, exist: 4 });
  });

  it("leaves out a proposer who does not hold the role, and names roles in words", () => {
    const witness = round({ approval: { m: 2, role: "internal_witness" }, proposedBy: "a" });
    const pool = approverPool(witness, [...people, person("w", ["internal_witness"])]);
    expect(pool.proposer).toBeNull();
    expect(pool.stillMay.map((p) => p.id)).toEqual(["w"]);
    expect(shortfallText(pool.shortfall ?? never())).toBe("needs 2 internal witnesses, 1 exists");
  });

  it("has nothing to say about a rule-free round", () => {
    expect(approverPool(round({ approval: null }), people)).toEqual({
      missing: 0,
      stillMay: [],
      proposer: null,
      shortfall: null,
    });
  });
});

function never(): never {
  throw new Error("expected a shortfall");
}
