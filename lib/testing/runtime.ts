import { type BossOptions, startBoss } from "@/lib/queue/boss";
import type { Runtime } from "@/lib/runtime";
import { openTestDatabase } from "@/lib/testing/database";

/** A runtime on a fresh test database (PGlite, or its own database on the real server). */
export async function openTestRuntime(
  options: BossOptions & { onQuery?: (sql: string) => void } = {},
): Promise<Runtime & { close(): Promise<void> }> {
  const database = await openTestDatabase(options.onQuery);
  const boss = await startBoss(database, options);
  return {
    database,
    db: database.db,
    boss,
    close: async () => {
      await boss.stop({ graceful: true, timeout: 5000 });
      await database.close();
    },
  };
}

/** Polls until the check returns a value, for work that finishes in a background job. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
