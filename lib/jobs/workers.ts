import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { type DeliverEmailJob, deliverEmail, markEmailFailed } from "./deliver-email";
import { MAIL_QUEUE_OPTIONS, QUEUES } from "./queues";

/** Registers every job handler on this instance. Several instances may run them on one database. */
export async function startWorkers(boss: PgBoss, db: Db, options: { pollingIntervalSeconds?: number } = {}) {
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 };
  for (const queue of [QUEUES.mailPriority, QUEUES.mail]) {
    await boss.work<DeliverEmailJob>(queue, { ...polling, includeMetadata: true }, async (jobs) => {
      for (const job of jobs) {
        try {
          await deliverEmail(db, job.data);
        } catch (error) {
          if (job.retryCount >= MAIL_QUEUE_OPTIONS.retryLimit) await markEmailFailed(db, job.data);
          throw error;
        }
      }
    });
  }
}
