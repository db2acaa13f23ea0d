import type { ApprovalRound } from "./approvers";
import type { PlaybookDefinition, PlaybookOption } from "./playbook";
import type { WorkflowSnapshot } from "./state-machine";
import type { ContingencyState } from "./vocabulary";

export interface WorkflowFacts {
  state: ContingencyState;
  playbook: PlaybookDefinition;
  chosenOption: string | null;
  chosenBy: string | null;
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
    chosenBy: workflow.chosenBy,
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

/** One step's approval round: the quorum of its role. A step has no proposer of its own. */
export function stepRound(
  options: readonly PlaybookOption[],
  approvals: readonly ApprovalFact[],
  step: { optionKey: string; stepKey: string },
): ApprovalRound {
  const approval =
    options.find((o) => o.key === step.optionKey)?.steps.find((s) => s.key === step.stepKey)?.approval ??
    null;
  return { approval, approvedBy: approvalsFor(approvals, step.optionKey, step.stepKey), proposedBy: null };
}
