import type { PlaybookDefinition } from "./playbook";
import type { WorkflowSnapshot } from "./state-machine";
import type { ContingencyState } from "./vocabulary";

export interface WorkflowFacts {
  state: ContingencyState;
  playbook: PlaybookDefinition;
  chosenOption: string | null;
  resolutionProposedAt: Date | null;
}

export interface ApprovalFact {
  optionKey: string;
  stepKey: string;
  personId: string;
}

/** What the state machine needs, from a stored workflow, its approvals and its pending step count. */
export function snapshotOf(
  workflow: WorkflowFacts,
  approvals: readonly ApprovalFact[],
  pendingSteps: number,
): WorkflowSnapshot {
  return {
    state: workflow.state,
    options: workflow.playbook.options,
    chosenOption: workflow.chosenOption,
    optionApprovals: approvalsFor(approvals, workflow.chosenOption, ""),
    resolutionProposed: workflow.resolutionProposedAt !== null,
    pendingSteps,
  };
}

/** Who approved an option (stepKey "") or one of its steps. */
export function approvalsFor(
  approvals: readonly ApprovalFact[],
  optionKey: string | null,
  stepKey: string,
): string[] {
  return approvals.filter((a) => a.optionKey === optionKey && a.stepKey === stepKey).map((a) => a.personId);
}
