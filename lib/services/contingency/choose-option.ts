import "server-only";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { type Actor, personIdOf } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { choiceRefusal } from "@/lib/domain/contingency/approvers";
import { approvalsFor } from "@/lib/domain/contingency/snapshot";
import { chosenOptionOf } from "@/lib/domain/contingency/state-machine";
import { AppError } from "@/lib/errors";
import { approvalCandidates } from "@/lib/queries/contingency/approvers";
import type { Instant } from "@/lib/time";
import { chooseInput } from "@/lib/validation/contingency";
import { parseInput } from "@/lib/validation/parse-input";
import { applyTransition, loadWorkflow } from "./load-workflow";
import { noticeBase, notifyRoles } from "./notify";
import { recordContingencyEvent } from "./record-event";

/**
 * Picks an option from the playbook. One that needs approval is refused unless enough people other
 * than the chooser may approve it; those people are asked (each approves in their own session).
 */
export async function chooseContingencyOption(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  raw: unknown,
  now: Instant,
) {
  authorize(actor, "contingency.manage");
  const input = parseInput(chooseInput, raw);
  const chooserId = personIdOf(actor);
  return db.transaction(async (tx) => {
    const workflow = await loadWorkflow(tx, input.id);
    const event = { type: "choose_option", option: input.option } as const;
    const changes = { chosenOption: input.option, chosenBy: chooserId };
    const row = await applyTransition(tx, workflow, input.version, event, changes);
    const option = chosenOptionOf({ ...workflow.snapshot, chosenOption: input.option });
    if (!option) throw new Error("the state machine let a missing option be chosen");
    if (option.approval) {
      const candidates = await approvalCandidates(tx, [option.approval]);
      const approvedBy = approvalsFor(workflow.approvals, option.key, "");
      const refusal = choiceRefusal(option, approvedBy, chooserId, candidates);
      if (refusal) throw new AppError("invalid_input", refusal, { form: refusal });
      const { m, role } = option.approval;
      await notifyRoles(
        tx,
        boss,
        await noticeBase(tx, row),
        [role],
        `contingency:${row.id}:v${row.version}:approval`,
        { kind: "approval_needed", item: option.title, approvals: m, role },
        chooserId,
      );
    }
    await recordContingencyEvent(
      tx,
      actor,
      row.id,
      "option_chosen",
      { option: input.option, title: option.title, approval: option.approval },
      now,
    );
    return row;
  });
}
