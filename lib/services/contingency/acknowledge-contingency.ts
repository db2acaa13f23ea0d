import "server-only";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { dateOf, type Instant } from "@/lib/time";
import { versionedInput } from "@/lib/validation/contingency";
import { parseInput } from "@/lib/validation/parse-input";
import { applyTransition, loadWorkflow } from "./load-workflow";
import { recordContingencyEvent } from "./record-event";

// A coordinator's decisions on a workflow carry the version the form showed; the state machine decides
// whether the step is legal.

/** "I have it": stops escalation. */
export async function acknowledgeContingency(db: Db, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "contingency.manage");
  const input = parseInput(versionedInput, raw);
  return db.transaction(async (tx) => {
    const workflow = await loadWorkflow(tx, input.id);
    const row = await applyTransition(
      tx,
      workflow,
      input.version,
      { type: "acknowledge" },
      { acknowledgedAt: dateOf(now) },
    );
    await recordContingencyEvent(
      tx,
      actor,
      row.id,
      "acknowledged",
      { escalationLevel: row.escalationLevel },
      now,
    );
    return row;
  });
}
