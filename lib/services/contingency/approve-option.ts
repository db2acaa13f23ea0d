import "server-only";
import type { Db } from "@/db/client";
import { type Actor, personIdOf } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { approvalsMissing } from "@/lib/domain/contingency/approvers";
import { decide, optionRound } from "@/lib/domain/contingency/state-machine";
import type { Instant } from "@/lib/time";
import { approveOptionInput } from "@/lib/validation/contingency";
import { parseInput } from "@/lib/validation/parse-input";
import { insertApproval } from "./approval-row";
import { loadWorkflow, refuseUnless } from "./load-workflow";
import { recordContingencyEvent } from "./record-event";

/**
 * Approves the chosen option; it may execute once m holders of the playbook's role other than the
 * person who chose it have approved.
 */
export async function approveContingencyOption(db: Db, actor: Actor, raw: unknown, now: Instant) {
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
