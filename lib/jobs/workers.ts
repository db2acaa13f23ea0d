import "server-only";
import type { JobResult, JobWithMetadata, PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { QUEUES } from "@/lib/queue/queues";
import type { SignInLinkJob } from "@/lib/services/auth/issue-sign-in-link";
import { type DeliverEmailJob, deliverEmail, markEmailFailed } from "@/lib/services/mail/deliver-email";
import { runVerdictRefresh, type VerdictRefreshJob } from "@/lib/services/planning/refresh-verdicts";
import { currentInstant } from "@/lib/time";
import { registerAnswerReminders } from "./answer-reminders";
import { registerAuditCheckpoint } from "./audit-checkpoint";
import { registerContingencyWorker } from "./contingency-check";
import { runCoverageCheck, scheduleCoverageCheck } from "./coverage-check";
import { runSignInLinkJob } from "./sign-in-link";

export interface WorkerOptions {
  pollingIntervalSeconds?: number;
}

// Mail goes out in batches whose messages are sent side by side, by a few workers per instance: one
// provider connection that hangs holds one message until its timeout, never the queue.
const MAIL_BATCH = { batchSize: 10, localConcurrency: 3 };
/** How many messages one instance has with the provider at once. */
export const MAIL_IN_FLIGHT = MAIL_BATCH.batchSize * MAIL_BATCH.localConcurrency;
const SIGN_IN_BATCH = { batchSize: 4, localConcurrency: 3 };
// Refreshes of one ceremony queue behind its row lock: a small batch keeps a burst of answers moving.
const VERDICT_BATCH = { batchSize: 5, localConcurrency: 2 };

/** Runs each job of a batch on its own and reports each outcome, so one failure retries only itself. */
function eachJob<T>(run: (job: JobWithMetadata<T>) => Promise<void>) {
  return async (jobs: JobWithMetadata<T>[]): Promise<JobResult[]> =>
    Promise.all(
      jobs.map(async (job) => {
        try {
          await run(job);
          return { id: job.id, status: "completed" as const };
        } catch (error) {
          return { id: job.id, status: "failed" as const, output: { message: (error as Error).message } };
        }
      }),
    );
}

/**
 * Registers every job handler on this instance (each run reads the clock here and passes it on), and the cron schedules (an upsert, so each instance may
 * set them). Several instances may run the handlers on one database.
 */
export async function startWorkers(boss: PgBoss, db: Db, options: WorkerOptions = {}) {
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 };
  // NOTIFY wakes a worker for a new message at once; a retry comes due without one, so the backstop
  // poll stays short.
  const batchPolling = {
    ...polling,
    notifyPollingIntervalSeconds: Math.max(polling.pollingIntervalSeconds, 2),
    burstWhenBatchFull: true,
    includeMetadata: true as const,
    perJobResults: true as const,
  };
  await boss.work(
    QUEUES.signIn,
    { ...batchPolling, ...SIGN_IN_BATCH },
    eachJob<SignInLinkJob>((job) => runSignInLinkJob(db, job, currentInstant())),
  );
  await boss.work(
    QUEUES.mail,
    { ...batchPolling, ...MAIL_BATCH },
    eachJob<DeliverEmailJob>(async (job) => {
      try {
        await deliverEmail(db, job.data, currentInstant());
      } catch (error) {
        if (job.retryCount >= job.retryLimit) await markEmailFailed(db, job.data);
        throw error;
      }
    }),
  );
  await boss.work(
    QUEUES.verdictRefresh,
    { ...batchPolling, ...VERDICT_BATCH },
    eachJob<VerdictRefreshJob>((job) => runVerdictRefresh(db, boss, job.data, currentInstant())),
  );
  // One evaluation answers any number of queued checks: it reads the whole state whatever the reason.
  await boss.work(QUEUES.coverageCheck, polling, () => runCoverageCheck(db, boss, currentInstant()));
  await scheduleCoverageCheck(boss);
  await registerContingencyWorker(boss, db, polling);
  await registerAuditCheckpoint(boss, db, polling);
  await registerAnswerReminders(boss, db, polling);
}
