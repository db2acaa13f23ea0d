import { describe, expect, it } from "vitest";
import type { Approver } from "./approvers";
import { chosenOptionOf, decide, isFinal, type WorkflowEvent, type WorkflowSnapshot } from "./state-machine";
import { PLAYBOOK_TEMPLATES } from "./templates";
import { CONTINGENCY_STATES, type ContingencyState } from "./vocabulary";

const ROOT = PLAYBOOK_TEMPLATES[0].definition;
const coordinator = (id: string): Approver => ({ id, roles: ["coordinator"] });
const tcr: Approver = { id: "tcr", roles: ["crypto_officer"] };

const at = (state: ContingencyState, overrides: Partial<WorkflowSnapshot> = {}): WorkflowSnapshot => ({
  state,
  options: ROOT.options,
  chosenOption: state === "option_chosen" || state === "executing" ? "move-date-or-facility" : null,
  chosenBy: null,
  optionApprovals: [],
  resolutionProposed: false,
  pendingSteps: state === "executing" ? 3 : 0,
  ...overrides,
});

const EVENTS: WorkflowEvent[] = [
  { type: "acknowledge" },
  { type: "choose_option", option: "call-backups" },
  { type: "approve", approver: coordinator("a") },
  { type: "start_execution" },
  { type: "resolve" },
  { type: "abandon", reason: "Ceremony cancelled" },
];

describe("contingency state machine", () => {
  it("walks open -> acknowledged -> option chosen -> executing -> resolved", () => {
    expect(decide(at("open"), { type: "acknowledge" })).toEqual({ ok: true, state: "acknowledged" });
    expect(decide(at("acknowledged"), { type: "choose_option", option: "move-date-or-facility" })).toEqual({
      ok: true,
      state: "option_chosen",
    });
    const approved = at("option_chosen", { optionApprovals: ["a", "b"] });
    expect(decide(approved, { type: "start_execution" })).toEqual({ ok: true, state: "executing" });
    expect(decide(at("executing", { pendingSteps: 0 }), { type: "resolve" })).toEqual({
      ok: true,
      state: "resolved",
    });
  });

  it("lists exactly which events each state accepts", () => {
    const table = Object.fromEntries(
      CONTINGENCY_STATES.map((state) => [
        state,
        EVENTS.filter((event) => decide(at(state), event).ok).map((event) => event.type),
      ]),
    );
    expect(table).toEqual({
      open: ["acknowledge", "abandon"],
      acknowledged: ["choose_option", "abandon"],
      // approve: the coordinator may approve the chosen option (it needs 2 coordinators).
      option_chosen: ["choose_option", "approve", "abandon"],
      executing: ["abandon"],
      resolved: [],
      abandoned: [],
    });
  });

  it("refuses illegal transitions with a message saying why", () => {
    const refusal = (
      state: ContingencyState,
      event: WorkflowEvent,
      extra: Partial<WorkflowSnapshot> = {},
    ) => {
      const decision = decide(at(state, extra), event);
      expect(decision.ok).toBe(false);
      return decision.ok ? "" : decision.message;
    };
    expect(refusal("acknowledged", { type: "acknowledge" })).toBe("The workflow is already acknowledged.");
    expect(refusal("open", { type: "choose_option", option: "call-backups" })).toBe(
      "Acknowledge the workflow before choosing an option.",
    );
    expect(refusal("executing", { type: "choose_option", option: "call-backups" })).toContain(
      "already executing",
    );
    expect(refusal("acknowledged", { type: "choose_option", option: "pray" })).toBe(
      "The playbook has no option pray.",
    );
    expect(refusal("acknowledged", { type: "approve", approver: coordinator("a") })).toContain(
      "Only a chosen option",
    );
    expect(refusal("acknowledged", { type: "start_execution" })).toBe(
      "Choose an option before executing it.",
    );
    expect(refusal("option_chosen", { type: "start_execution" })).toBe(
      "Move the date or facility needs 2 more approvals before it can execute.",
    );
    expect(refusal("option_chosen", { type: "start_execution" }, { optionApprovals: ["a"] })).toBe(
      "Move the date or facility needs 1 more approval before it can execute.",
    );
    expect(refusal("open", { type: "resolve" })).toContain("once the trigger has cleared");
    expect(refusal("executing", { type: "resolve" })).toBe(
      "3 step(s) are still pending and the trigger has not cleared.",
    );
    expect(refusal("open", { type: "abandon", reason: " x " })).toBe("Say why the workflow is abandoned.");
    for (const state of ["resolved", "abandoned"] as const)
      for (const event of EVENTS)
        expect(refusal(state, event)).toBe(`The workflow is ${state}: nothing more can change.`);
  });

  it("resolves from any live state once the trigger has cleared", () => {
    for (const state of ["open", "acknowledged", "option_chosen", "executing"] as const)
      expect(decide(at(state, { resolutionProposed: true }), { type: "resolve" })).toEqual({
        ok: true,
        state: "resolved",
      });
  });

  it("starts an option without approval at once, and re-choosing keeps the option chosen", () => {
    const chosen = at("option_chosen", { chosenOption: "call-backups" });
    expect(decide(chosen, { type: "start_execution" })).toEqual({ ok: true, state: "executing" });
    expect(decide(chosen, { type: "approve", approver: coordinator("a") })).toEqual({
      ok: false,
      message: "This needs no approval.",
    });
    expect(decide(chosen, { type: "choose_option", option: "extend-runway" })).toEqual({
      ok: true,
      state: "option_chosen",
    });
    expect(chosenOptionOf(chosen)?.title).toBe("Call backup TCRs");
    expect(chosenOptionOf(at("open"))).toBeNull();
  });

  it("marks resolved and abandoned as final", () => {
    expect(CONTINGENCY_STATES.filter(isFinal)).toEqual(["resolved", "abandoned"]);
  });
});

describe("approving the chosen option", () => {
  it("applies the approval rules, the chooser included", () => {
    const chosen = at("option_chosen", { optionApprovals: ["a"], chosenBy: "c" });
    expect(decide(chosen, { type: "approve", approver: coordinator("a") })).toEqual({
      ok: false,
      message: "You have already approved this.",
    });
    expect(decide(chosen, { type: "approve", approver: tcr })).toEqual({
      ok: false,
      message: "Only a person with the coordinator role may approve this.",
    });
    expect(decide(chosen, { type: "approve", approver: coordinator("c") })).toEqual({
      ok: false,
      message: "You chose this option, so someone else must approve it.",
    });
    expect(decide(chosen, { type: "approve", approver: coordinator("b") })).toEqual({
      ok: true,
      state: "option_chosen",
    });
  });

  it("does not count the chooser's own approval towards starting", () => {
    const selfApproved = at("option_chosen", { optionApprovals: ["a", "c"], chosenBy: "c" });
    expect(decide(selfApproved, { type: "start_execution" })).toMatchObject({ ok: false });
  });
});
