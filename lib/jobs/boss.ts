import { sql } from "drizzle-orm";
import { type DrizzleTransactionLike, fromDrizzle, fromPglite, PgBoss, type QueueOptions } from "pg-boss";
import type { Database, Queryable } from "@/db/client";
import { MAIL_QUEUE_OPTIONS, QUEUES, type QueueName } from "./queues";

/** Starts pg-boss on the same database as the app (sharing the PGlite instance when embedded). */
export interface BossOptions {
  schedule?: boolean;
  /** Tests shorten the retry delays; production keeps the backoff in MAIL_QUEUE_OPTIONS. */
  queueOptions?: QueueOptions;
}

export async function startBoss(database: Database, options: BossOptions = {}): Promise<PgBoss> {
  const boss =
    database.driver === "pglite"
      ? new PgBoss({
          db: fromPglite(database.pglite),
          backend: "pglite",
          schedule: options.schedule ?? false,
        })
      : new PgBoss({ connectionString: database.url, max: 4, schedule: options.schedule ?? false });
  boss.on("error", (error) => console.error("[jobs]", error.message));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    const queueOptions = { ...MAIL_QUEUE_OPTIONS, ...options.queueOptions };
    if (await boss.getQueue(name)) await boss.updateQueue(name, queueOptions);
    else await boss.createQueue(name, queueOptions);
  }
  return boss;
}

/** Enqueues a job inside the caller's transaction, so it exists only if the change commits. */
export async function enqueueInTransaction(
  boss: PgBoss,
  tx: Queryable,
  queue: QueueName,
  data: object,
  options: { singletonKey?: string } = {},
): Promise<string | null> {
  return boss.send(queue, data, {
    ...options,
    db: fromDrizzle(tx as unknown as DrizzleTransactionLike, sql),
  });
}
