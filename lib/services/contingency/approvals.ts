import type { Db, Queryable } from "@/db/client";
import { contingencyApprovals } from "@/db/schema";
import { type Actor, personIdOf } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { approvalRefusal, approvalsMissing } from "@/lib/domain/contingency/approvers";
import { stepRound } from "@/lib/domain/contingency/snapshot";
import { decide, optionRound } from "@/lib/domain/contingency/state-machine";
import { AppError } from "@/lib/errors";
import { approveOptionInput, stepInput } from "@/lib/validation/contingency";
import { parseInput } from "@/lib/validation/parse-input";
import { type LoadedWorkflow, loadStep, loadWorkflow, refuseUnless } from "./load-workflow";
import { recordContingencyEvent } from "./record-event";

// Approvals are given by each approver in their own session. They need no version: the unique
// constraint (workflow, option, step, person) makes a retry harmless, and the rules refuse a second one.

const refuse = (message: string) => new AppError("invalid_input", message, { form: message });

async function insertApproval(
  tx: Queryable,
  workflow: LoadedWorkflow,
  keys: { optionKey: string; stepKey: string },
  personId: string,
  note: string | null,
  now: Date,
) {
  const [row] = await tx
    .insert(contingencyApprovals)
    .values({ contingencyId: workflow.row.id, ...keys, personId, note, approvedAt: now })
    .onConflictDoNothing()
    .returning();
  if (!row) throw refuse("You have already approved this.");
}

/**
 * Approves the chosen option; it may execute once m holders of the playbook's role other than the
 * person who chose it have approved.
 */
export async function approveContingencyOption(db: Db, actor: Actor, raw: unknown, now = new Date()) {
  authorize(actor, "contingency.approve");
  const input = parseInput(approveOptionInput, raw);
  const approver = { id: personIdOf(actor), roles: actor.roles };
  return db.transaction(async (tx) => {
    const workflow = await loadWorkflow(tx, input.id);
    refuseUnless(decide(workflow.snapshot, { type: "approve", approver }));
    const optionKey = workflow.row.chosenOption ?? "";
    await insertApproval(tx, workflow, { optionKey, stepKey: "" }, approver.id, input.note ?? null, now);
    const round = optionRound(workflow.snapshot);
    const approvedBy = [...round.approvedBy, approver.id];
    const missing = approvalsMissing({ ...round, approvedBy });
    const detail = { option: optionKey, note: input.note ?? null, approvals: approvedBy.length, missing };
    await recordContingencyEvent(tx, actor, workflow.row.id, "option_approved", detail, now);
    return { approvals: approvedBy.length, missing };
  });
}

/** Approves a step of the executing option that needs it before it can be completed. */
export async function approveContingencyStep(db: Db, actor: Actor, raw: unknown, now = new Date()) {
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
