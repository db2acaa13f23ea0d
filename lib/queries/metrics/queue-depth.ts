import "server-only";
import type { PgBoss } from "pg-boss";
import { QUEUES } from "@/lib/queue/queues";

/**
 * Jobs queued (including deferred and retrying) or running, for each of the app's queues. `force` asks
 * pg-boss for counts at most a minute old instead of its hourly cache; it reuses a fresh reading, so
 * frequent scrapes do not each scan the job table.
 */
export async function queueDepths(boss: PgBoss): Promise<{ name: string; depth: number }[]> {
  return Promise.all(
    Object.values(QUEUES).map(async (name) => {
      const [stats] = await boss.getQueueStats(name, { force: true });
      return { name, depth: (stats?.queuedCount ?? 0) + (stats?.activeCount ?? 0) };
    }),
  );
}
