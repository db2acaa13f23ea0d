import "server-only";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { QUEUES } from "@/lib/queue/queues";
import { makeCheckpoint } from "@/lib/services/audit/make-checkpoint";
import { currentInstant, type Instant } from "@/lib/time";

/** Hourly: a deleted tail or a rewritten chain shows against a signature at most an hour old. */
export const AUDIT_CHECKPOINT_CRON = "7 * * * *";

/** Signs a checkpoint when there are new events; a trail that does not verify is reported, never signed. */
export async function runAuditCheckpoint(db: Db, now: Instant): Promise<void> {
  try {
    const outcome = await makeCheckpoint(db, null, now);
    if (outcome.created)
      console.info(`[audit] checkpoint #${outcome.checkpoint.id} at event #${outcome.checkpoint.headId}`);
  } catch (error) {
    console.error(`[audit] ${(error as Error).message}`);
  }
}

export async function registerAuditCheckpoint(
  boss: PgBoss,
  db: Db,
  polling: { pollingIntervalSeconds: number },
) {
  await boss.work(QUEUES.auditCheckpoint, polling, () => runAuditCheckpoint(db, currentInstant()));
  await boss.schedule(QUEUES.auditCheckpoint, AUDIT_CHECKPOINT_CRON, {}, { tz: "UTC" });
}
