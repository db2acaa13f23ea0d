import "server-only";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Queryable } from "@/db/client";
import { ceremonies } from "@/db/schema";
import { quorumTrigger } from "@/lib/domain/contingency/triggers";
import { planningSettingsOf } from "@/lib/queries/planning/load-quorum";
import type { Instant } from "@/lib/time";
import { openContingency, openWorkflowByKey } from "./open-contingency";
import { checkActor, proposeResolution, reaffirm, type TriggerOutcome } from "./trigger-outcomes";

/** One key for both quorum causes, so a workflow opened at risk is the same one once not met. */
export const quorumKey = (ceremonyId: string) => `quorum:${ceremonyId}`;

/**
 * Re-reads one ceremony's stored verdict and acts on it: opens the quorum workflow when it fires, makes
 * it worse or withdraws a proposed resolution while it holds, proposes resolution once it is met.
 * Cheap enough to run inside the transaction that changed the verdict (refreshVerdicts).
 */
export async function evaluateCeremonyTrigger(
  tx: Queryable,
  boss: PgBoss | null,
  ceremonyId: string,
  now: Instant,
): Promise<TriggerOutcome> {
  const [ceremony] = await tx
    .select({
      label: ceremonies.label,
      status: ceremonies.status,
      verdict: ceremonies.lastVerdict,
      startsAt: ceremonies.startsAt,
      timeZone: ceremonies.timeZone,
    })
    .from(ceremonies)
    .where(eq(ceremonies.id, ceremonyId));
  if (!ceremony) return "unchanged";
  const [settings, open] = await Promise.all([
    planningSettingsOf(tx),
    openWorkflowByKey(tx, quorumKey(ceremonyId)),
  ]);
  const trigger = quorumTrigger(
    { ...ceremony, startsAt: ceremony.startsAt.getTime(), travelRequestDays: settings.travelRequestDays },
    now,
  );
  if (trigger.kind === "quiet" || (trigger.kind === "cleared" && !open)) return "unchanged";
  // Without a job queue (a script) nothing can be announced: the periodic check acts on it instead.
  if (!boss) return "unchanged";
  if (trigger.kind === "cleared")
    return open ? proposeResolution(tx, boss, open, "the quorum is met again", now) : "unchanged";
  if (open) return reaffirm(tx, open, trigger.cause, now);
  const reason =
    trigger.cause === "quorum_not_met"
      ? `The quorum for ${ceremony.label} is not met.`
      : `The quorum for ${ceremony.label} is at risk and travel requests are due.`;
  const opened = await openContingency(
    tx,
    boss,
    checkActor(),
    {
      cause: trigger.cause,
      causeKey: quorumKey(ceremonyId),
      ceremonyId,
      reason,
      deadlineAt: ceremony.startsAt,
    },
    now,
  );
  return opened.created ? "opened" : reaffirm(tx, opened.row, trigger.cause, now);
}
