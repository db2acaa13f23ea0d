import "server-only";
import { sql } from "drizzle-orm";
import { type DrizzleTransactionLike, fromDrizzle, fromPglite, PgBoss, type QueuePolicy } from "pg-boss";
import type { Database, Queryable } from "@/db/client";
import {
  MAIL_QUEUE_OPTIONS,
  QUEUES,
  type QueueName,
  type QueueSettings,
  SIGN_IN_QUEUE_OPTIONS,
  VERDICT_QUEUE_OPTIONS,
} from "./queues";

/**
 * Starts pg-boss on the same database as the app (sharing the PGlite instance when embedded). Mail
 * workers wake on NOTIFY the moment a message is queued rather than at their next poll.
 */
export interface BossOptions {
  schedule?: boolean;
  /** Tests shorten the retry delays; production keeps the backoff in MAIL_QUEUE_OPTIONS. */
  queueOptions?: QueueSettings;
}

export async function startBoss(database: Database, options: BossOptions = {}): Promise<PgBoss> {
  const boss =
    database.driver === "pglite"
      ? new PgBoss({
          db: fromPglite(database.pglite),
          backend: "pglite",
          schedule: options.schedule ?? false,
          useListenNotify: true,
        })
      : new PgBoss({
          connectionString: database.url,
          max: 6,
          schedule: options.schedule ?? false,
          useListenNotify: true,
        });
  boss.on("error", (error) => console.error("[jobs]", error.message));
  await boss.start();
  for (const name of Object.values(QUEUES)) await ensureQueue(boss, name, options.queueOptions);
  return boss;
}

/**
 * A coverage or contingency check reads the whole state, so one queued behind the running one covers any
 * burst: `stately` keeps at most one queued and one active. Runs are idempotent, hence few retries.
 */
const CHECK_QUEUE_OPTIONS: QueueSettings & { policy: QueuePolicy } = {
  policy: "stately",
  retryLimit: 3,
  retryDelay: 60,
  retryBackoff: true,
  expireInSeconds: 300,
};

async function ensureQueue(boss: PgBoss, name: QueueName, overrides: QueueSettings = {}) {
  const chosen: QueueSettings & { policy?: QueuePolicy } =
    name === QUEUES.coverageCheck ||
    name === QUEUES.contingencyCheck ||
    name === QUEUES.auditCheckpoint ||
    name === QUEUES.answerReminders
      ? CHECK_QUEUE_OPTIONS
      : name === QUEUES.signIn
        ? SIGN_IN_QUEUE_OPTIONS
        : name === QUEUES.verdictRefresh
          ? VERDICT_QUEUE_OPTIONS
          : MAIL_QUEUE_OPTIONS;
  const { policy = "standard", ...settings } = chosen;
  const wanted = { ...settings, ...overrides };
  const existing = await boss.getQueue(name);
  if (existing && (existing.policy ?? "standard") === policy) return boss.updateQueue(name, wanted);
  // pg-boss cannot change a queue's policy in place. Only the check queues have ever changed policy, and
  // their jobs are disposable (any later run recomputes everything), so they are recreated.
  if (existing) await boss.deleteQueue(name);
  await boss.createQueue(name, { ...wanted, policy });
}

/** Enqueues a job inside the caller's transaction, so it exists only if the change commits. */
export async function enqueueInTransaction(
  boss: PgBoss,
  tx: Queryable,
  queue: QueueName,
  data: object,
  options: { singletonKey?: string; startAfter?: number } = {},
): Promise<string | null> {
  return boss.send(queue, data, {
    ...options,
    db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql),
  });
}

/** Many jobs of one queue in one statement, inside the caller's transaction (see enqueueInTransaction). */
export async function enqueueManyInTransaction(
  boss: PgBoss,
  tx: Queryable,
  queue: QueueName,
  jobs: readonly { data: object; singletonKey?: string }[],
) {
  if (jobs.length === 0) return;
  await boss.insert(queue, [...jobs], { db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql) });
}
