import "server-only";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { dateOf, type Instant } from "@/lib/time";
import { resolveInput } from "@/lib/validation/contingency";
import { parseInput } from "@/lib/validation/parse-input";
import { applyTransition, loadWorkflow } from "./load-workflow";
import { recordContingencyEvent } from "./record-event";

/** Closes the workflow once its trigger cleared or the chosen option was carried out. */
export async function resolveContingency(db: Db, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "contingency.manage");
  const input = parseInput(resolveInput, raw);
  return db.transaction(async (tx) => {
    const workflow = await loadWorkflow(tx, input.id);
    const row = await applyTransition(
      tx,
      workflow,
      input.version,
      { type: "resolve" },
      { closedAt: dateOf(now) },
    );
    const detail = {
      note: input.note,
      triggerCleared: workflow.snapshot.resolutionProposed,
      pendingSteps: workflow.snapshot.pendingSteps,
    };
    await recordContingencyEvent(tx, actor, row.id, "resolved", detail, now);
    return row;
  });
}
