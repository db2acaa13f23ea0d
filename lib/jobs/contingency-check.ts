import "server-only";
import type { PgBoss, WorkOptions } from "pg-boss";
import type { Db } from "@/db/client";
import { QUEUES } from "@/lib/queue/queues";
import { evaluateContingencyTriggers } from "@/lib/services/contingency/evaluate-triggers";
import { runContingencyEscalations } from "@/lib/services/contingency/run-escalations";
import { currentInstant, type Instant } from "@/lib/time";

/**
 * Every five minutes: escalation periods are hours, so a notice is never more than a few minutes late,
 * and a run that finds nothing to do costs a handful of queries.
 */
export const CONTINGENCY_CHECK_CRON = "*/5 * * * *";

/** Opens and clears triggered workflows, then escalates and reminds, at `now`. */
export async function runContingencyCheck(db: Db, boss: PgBoss, now: Instant): Promise<void> {
  const triggers = await evaluateContingencyTriggers(db, boss, now);
  const { escalations, reminders } = await runContingencyEscalations(db, boss, now);
  const changed = [...triggers.ceremonies.map((c) => c.outcome), ...triggers.coverage].filter(
    (outcome) => outcome !== "unchanged",
  );
  if (changed.length + escalations.length + reminders.length > 0)
    console.info(
      `[contingency] triggers: ${changed.join(", ") || "none"}; escalations: ${escalations.length}; reminders: ${reminders.length}`,
    );
}

/**
 * Registers the handler and upserts the cron schedule (keyed by queue, so every instance may call it).
 * One run answers any number of queued checks: it reads the whole state whatever started it.
 */
export async function registerContingencyWorker(
  boss: PgBoss,
  db: Db,
  polling: Pick<WorkOptions, "pollingIntervalSeconds">,
): Promise<void> {
  await boss.work(QUEUES.contingencyCheck, polling, () => runContingencyCheck(db, boss, currentInstant()));
  await boss.schedule(QUEUES.contingencyCheck, CONTINGENCY_CHECK_CRON, {}, { tz: "UTC" });
}
