import "server-only";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { dateOf, type Instant } from "@/lib/time";
import { abandonInput } from "@/lib/validation/contingency";
import { parseInput } from "@/lib/validation/parse-input";
import { applyTransition, loadWorkflow } from "./load-workflow";
import { recordContingencyEvent } from "./record-event";

/** Gives the workflow up, with the reason on record. */
export async function abandonContingency(db: Db, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "contingency.manage");
  const input = parseInput(abandonInput, raw);
  return db.transaction(async (tx) => {
    const workflow = await loadWorkflow(tx, input.id);
    const event = { type: "abandon", reason: input.reason } as const;
    const row = await applyTransition(tx, workflow, input.version, event, { closedAt: dateOf(now) });
    await recordContingencyEvent(tx, actor, row.id, "abandoned", { reason: input.reason }, now);
    return row;
  });
}
