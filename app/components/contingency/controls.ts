import { can, maySkipStep, mayWorkStep } from "@/lib/auth/policy";
import { approvalRefusal, choiceRefusal } from "@/lib/domain/contingency/approvers";
import { approvalsFor } from "@/lib/domain/contingency/snapshot";
import { decide, isFinal } from "@/lib/domain/contingency/state-machine";
import type { PersonRole } from "@/lib/domain/people";
import type { ContingencyDetail } from "@/lib/queries/contingency/detail";

export interface Viewer {
  id: string | null;
  roles: readonly PersonRole[];
}

/**
 * Which controls a viewer gets: only those the state machine (`decide`) allows now and the policy allows
 * this viewer. Hiding is a courtesy; the services refuse the same things on the server.
 */
export function workflowControls(detail: ContingencyDetail, viewer: Viewer) {
  const { snapshot, workflow } = detail;
  const manage = can(viewer.roles, "contingency.manage");
  const mayApprove = can(viewer.roles, "contingency.approve") && viewer.id !== null;
  const approver = { id: viewer.id ?? "", roles: viewer.roles };
  const executing = workflow.state === "executing";
  const pending = detail.steps.filter((step) => step.status === "pending");
  const choosable =
    manage && viewer.id !== null
      ? snapshot.options
          .filter((o) => o.key !== workflow.chosenOption)
          .filter((o) => decide(snapshot, { type: "choose_option", option: o.key }).ok)
      : [];
  const chooseRefusals = new Map<string, string>();
  for (const option of choosable) {
    const approvedBy = approvalsFor(detail.approvals, option.key, "");
    const refusal = choiceRefusal(option, approvedBy, viewer.id ?? "", detail.approvalCandidates);
    if (refusal) chooseRefusals.set(option.key, refusal);
  }
  return {
    acknowledge: manage && decide(snapshot, { type: "acknowledge" }).ok,
    chooseOptions: new Set(choosable.filter((o) => !chooseRefusals.has(o.key)).map((o) => o.key)),
    /** Options the viewer could choose but for too few other approvers, with the reason. */
    chooseRefusals,
    approveOption: mayApprove && decide(snapshot, { type: "approve", approver }).ok,
    youApproved: viewer.id !== null && snapshot.optionApprovals.includes(viewer.id),
    startExecution: manage && decide(snapshot, { type: "start_execution" }).ok,
    resolve: manage && decide(snapshot, { type: "resolve" }).ok,
    abandon: manage && !isFinal(workflow.state),
    skipSteps: executing && maySkipStep(viewer.roles),
    completableSteps: new Set(
      executing
        ? pending.filter((s) => s.missing === 0 && mayWorkStep(viewer.roles, s)).map((s) => s.id)
        : [],
    ),
    // Files may follow a done attachment step until the workflow closes.
    evidenceSteps: new Set(
      !isFinal(workflow.state)
        ? detail.steps
            .filter((s) => s.status === "done" && s.evidence === "attachment" && mayWorkStep(viewer.roles, s))
            .map((s) => s.id)
        : [],
    ),
    approvableSteps: new Set(
      executing && mayApprove
        ? pending.filter((s) => approvalRefusal(s.round, approver) === null).map((s) => s.id)
        : [],
    ),
  };
}

export type WorkflowControls = ReturnType<typeof workflowControls>;
