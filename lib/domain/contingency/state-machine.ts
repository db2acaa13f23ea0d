import { type ApprovalRound, type Approver, approvalRefusal, approvalsMissing } from "./approvers";
import type { PlaybookOption } from "./playbook";
import type { ContingencyState } from "./vocabulary";

// Every rule of a contingency workflow's life in one pure function: services ask it before each
// change and store what it returns; pages ask it which buttons to show.

export interface WorkflowSnapshot {
  state: ContingencyState;
  options: readonly PlaybookOption[];
  chosenOption: string | null;
  /** Who chose it: they may not approve it. */
  chosenBy: string | null;
  /** Ids of the people who approved the chosen option. */
  optionApprovals: readonly string[];
  /** Set when what triggered the workflow has cleared (quorum met again, a covering SKR arrived). */
  resolutionProposed: boolean;
  /** Steps of the chosen option still pending. */
  pendingSteps: number;
}

export type WorkflowEvent =
  | { type: "acknowledge" }
  | { type: "choose_option"; option: string }
  | { type: "approve"; approver: Approver }
  | { type: "start_execution" }
  | { type: "resolve" }
  | { type: "abandon"; reason: string };

export type Decision = { ok: true; state: ContingencyState } | { ok: false; message: string };

const FINAL: readonly ContingencyState[] = ["resolved", "abandoned"];

export function isFinal(state: ContingencyState): boolean {
  return FINAL.includes(state);
}

export function chosenOptionOf(workflow: WorkflowSnapshot): PlaybookOption | null {
  return workflow.options.find((option) => option.key === workflow.chosenOption) ?? null;
}

/** The approval round of the chosen option, as the state machine sees it. */
export function optionRound(workflow: WorkflowSnapshot): ApprovalRound {
  return {
    approval: chosenOptionOf(workflow)?.approval ?? null,
    approvedBy: workflow.optionApprovals,
    proposedBy: workflow.chosenBy,
  };
}

const refuse = (message: string): Decision => ({ ok: false, message });

export function decide(workflow: WorkflowSnapshot, event: WorkflowEvent): Decision {
  const { state } = workflow;
  if (isFinal(state)) return refuse(`The workflow is ${state}: nothing more can change.`);
  switch (event.type) {
    case "acknowledge":
      return state === "open"
        ? { ok: true, state: "acknowledged" }
        : refuse("The workflow is already acknowledged.");
    case "choose_option": {
      if (state === "open") return refuse("Acknowledge the workflow before choosing an option.");
      if (state === "executing")
        return refuse("An option is already executing; abandon or resolve it first.");
      if (!workflow.options.some((option) => option.key === event.option))
        return refuse(`The playbook has no option ${event.option}.`);
      return { ok: true, state: "option_chosen" };
    }
    case "approve": {
      const option = chosenOptionOf(workflow);
      if (state !== "option_chosen" || !option)
        return refuse("Only a chosen option that is not yet executing can be approved.");
      const refusal = approvalRefusal(optionRound(workflow), event.approver);
      return refusal ? refuse(refusal) : { ok: true, state };
    }
    case "start_execution": {
      const option = chosenOptionOf(workflow);
      if (state !== "option_chosen" || !option) return refuse("Choose an option before executing it.");
      const missing = approvalsMissing(optionRound(workflow));
      if (missing > 0)
        return refuse(
          `${option.title} needs ${missing} more approval${missing === 1 ? "" : "s"} before it can execute.`,
        );
      return { ok: true, state: "executing" };
    }
    case "resolve": {
      if (workflow.resolutionProposed) return { ok: true, state: "resolved" };
      if (state === "executing" && workflow.pendingSteps === 0) return { ok: true, state: "resolved" };
      return refuse(
        state === "executing"
          ? `${workflow.pendingSteps} step(s) are still pending and the trigger has not cleared.`
          : "Resolve once the trigger has cleared or the chosen option has been carried out.",
      );
    }
    case "abandon":
      return event.reason.trim().length >= 3
        ? { ok: true, state: "abandoned" }
        : refuse("Say why the workflow is abandoned.");
  }
}
