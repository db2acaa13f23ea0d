import "server-only";
import type { Db } from "@/db/client";
import { type Actor, personIdOf } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { approvalRefusal, approvalsMissing } from "@/lib/domain/contingency/approvers";
import { stepRound } from "@/lib/domain/contingency/snapshot";
import type { Instant } from "@/lib/time";
import { stepInput } from "@/lib/validation/contingency";
import { parseInput } from "@/lib/validation/parse-input";
import { insertApproval, refuse } from "./approval-row";
import { loadStep, loadWorkflow } from "./load-workflow";
import { recordContingencyEvent } from "./record-event";

/** Approves a step of the executing option that needs it before it can be completed. */
export async function approveContingencyStep(db: Db, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "contingency.approve");
  const input = parseInput(stepInput, raw);
  const approver = { id: personIdOf(actor), roles: actor.roles };
  return db.transaction(async (tx) => {
    const workflow = await loadWorkflow(tx, input.id);
    if (workflow.row.state !== "executing")
      throw refuse("Steps can be approved only while the option executes.");
    const step = await loadStep(tx, workflow.row.id, input.stepId);
    if (step.status !== "pending") throw refuse("This step is already closed.");
    const round = stepRound(workflow.snapshot.options, workflow.approvals, step);
    const refusal = approvalRefusal(round, approver);
    if (refusal) throw refuse(refusal);
    await insertApproval(
      tx,
      workflow,
      { optionKey: step.optionKey, stepKey: step.stepKey },
      approver.id,
      null,
      now,
    );
    const approvedBy = [...round.approvedBy, approver.id];
    const missing = approvalsMissing({ ...round, approvedBy });
    const detail = { stepId: step.id, step: step.title, approvals: approvedBy.length, missing };
    await recordContingencyEvent(tx, actor, workflow.row.id, "step_approved", detail, now);
    return { approvals: approvedBy.length, missing };
  });
}
