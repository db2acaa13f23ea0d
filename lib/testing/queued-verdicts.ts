import { QUEUES } from "@/lib/queue/queues";
import type { Runtime } from "@/lib/runtime";
import { runVerdictRefresh, type VerdictRefreshJob } from "@/lib/services/planning/refresh-verdicts";
import type { Instant } from "@/lib/time";

/**
 * Tests only: runs the verdict refreshes that answers queued, as the worker would after commit, at `now`.
 * Returns how many ran.
 */
export async function runQueuedVerdicts(
  runtime: Pick<Runtime, "db" | "boss">,
  now: Instant,
): Promise<number> {
  let ran = 0;
  for (;;) {
    const jobs = await runtime.boss.fetch<VerdictRefreshJob>(QUEUES.verdictRefresh, { batchSize: 50 });
    if (jobs.length === 0) return ran;
    for (const job of jobs) await runVerdictRefresh(runtime.db, runtime.boss, job.data, now);
    await runtime.boss.complete(
      QUEUES.verdictRefresh,
      jobs.map((job) => job.id),
    );
    ran += jobs.length;
  }
}
