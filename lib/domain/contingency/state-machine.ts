import type { PersonRole } from "@/lib/domain/people";
import type { Approval, PlaybookOption } from "./playbook";
import type { ContingencyState } from "./vocabulary";

// Every rule of a contingency workflow's life in one pure function: services ask it before each
// change and store what it returns; pages ask it which buttons to show.

export interface WorkflowSnapshot {
  state: ContingencyState;
  options: readonly PlaybookOption[];
  chosenOption: string | null;
  /** Ids of the people who approved the chosen option. */
  optionApprovals: readonly string[];
  /** Set when what triggered the workflow has cleared (quorum met again, a covering SKR arrived). */
  resolutionProposed: boolean;
  /** Steps of the chosen option still pending. */
  pendingSteps: number;
}

export interface Approver {
  id: string;
  roles: readonly PersonRole[];
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

/** Whether `approver` may add an approval under `approval` given who already approved. */
export function approvalRefusal(
  approval: Approval | null,
  approvedBy: readonly string[],
  approver: Approver,
) {
  if (!approval) return "This needs no approval.";
  if (!approver.roles.includes(approval.role))
    return `Only a person with the ${approval.role} role may approve this.`;
  if (approvedBy.includes(approver.id)) return "You have already approved this.";
  return null;
}

export function approvalsMissing(approval: Approval | null, approvedBy: readonly string[]): number {
  return approval ? Math.max(0, approval.m - approvedBy.length) : 0;
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
      const refusal = approvalRefusal(option.approval, workflow.optionApprovals, event.approver);
      return refusal ? refuse(refusal) : { ok: true, state };
    }
    case "start_execution": {
      const option = chosenOptionOf(workflow);
      if (state !== "option_chosen" || !option) return refuse("Choose an option before executing it.");
      const missing = approvalsMissing(option.approval, workflow.optionApprovals);
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
