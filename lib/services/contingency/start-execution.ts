import "server-only";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { contingencySteps } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { stepDueAt } from "@/lib/domain/contingency/escalation";
import { chosenOptionOf } from "@/lib/domain/contingency/state-machine";
import type { Instant } from "@/lib/time";
import { versionedInput } from "@/lib/validation/contingency";
import { parseInput } from "@/lib/validation/parse-input";
import { applyTransition, loadWorkflow } from "./load-workflow";
import { noticeBase, notifyRoles } from "./notify";
import { recordContingencyEvent } from "./record-event";

/**
 * Starts the chosen option once its approval quorum is in: its steps become tasks with owners and due
 * instants (counted from the trigger or the deadline), and the approvers of any step hear of it.
 */
export async function startContingencyExecution(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  raw: unknown,
  now: Instant,
) {
  authorize(actor, "contingency.manage");
  const input = parseInput(versionedInput, raw);
  return db.transaction(async (tx) => {
    const workflow = await loadWorkflow(tx, input.id);
    const option = chosenOptionOf(workflow.snapshot);
    const row = await applyTransition(tx, workflow, input.version, { type: "start_execution" });
    if (!option) throw new Error("the state machine let an execution start without an option");
    const triggeredAt = row.openedAt.getTime();
    const deadline = row.deadlineAt?.getTime() ?? null;
    const steps = await tx
      .insert(contingencySteps)
      .values(
        option.steps.map((step, position) => ({
          contingencyId: row.id,
          optionKey: option.key,
          stepKey: step.key,
          position,
          title: step.title,
          ownerRole: step.ownerRole,
          dueAt: new Date(stepDueAt(step.due, triggeredAt, deadline)),
          evidence: step.evidence,
        })),
      )
      .onConflictDoNothing()
      .returning();
    const base = await noticeBase(tx, row);
    for (const step of steps) {
      const approval = option.steps.find((s) => s.key === step.stepKey)?.approval;
      if (!approval) continue;
      await notifyRoles(tx, boss, base, [approval.role], `contingency-step:${step.id}:approval`, {
        kind: "approval_needed",
        item: step.title,
        approvals: approval.m,
        role: approval.role,
      });
    }
    await recordContingencyEvent(
      tx,
      actor,
      row.id,
      "execution_started",
      { option: option.key, title: option.title, steps: steps.length },
      now,
    );
    return { ...row, steps };
  });
}
