import type { JobWithMetadata, PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { registerContingencyWorker } from "./contingency-check";
import { runCoverageCheck, scheduleCoverageCheck } from "./coverage-check";
import { type DeliverEmailJob, deliverEmail, markEmailFailed } from "./deliver-email";
import { QUEUES } from "./queues";

/**
 * Registers every job handler on this instance, and the cron schedules (an upsert, so each instance may
 * set them). Several instances may run the handlers on one database.
 */
export async function startWorkers(boss: PgBoss, db: Db, options: { pollingIntervalSeconds?: number } = {}) {
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 };
  for (const queue of [QUEUES.mailPriority, QUEUES.mail]) {
    await boss.work(
      queue,
      { ...polling, includeMetadata: true as const },
      async (jobs: JobWithMetadata<DeliverEmailJob>[]) => {
        for (const job of jobs) {
          try {
            await deliverEmail(db, job.data);
          } catch (error) {
            if (job.retryCount >= job.retryLimit) await markEmailFailed(db, job.data);
            throw error;
          }
        }
      },
    );
  }
  // One evaluation answers any number of queued checks: it reads the whole state whatever the reason.
  await boss.work(QUEUES.coverageCheck, polling, () => runCoverageCheck(db, boss));
  await scheduleCoverageCheck(boss);
  await registerContingencyWorker(boss, db, polling);
}
