import { count, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { emailMessages } from "@/db/schema";

/** Outbox messages given up on and still waiting: one grouped count, however large the outbox. */
export async function mailCounts(db: Queryable): Promise<{ failed: number; queued: number }> {
  const rows = await db
    .select({ status: emailMessages.status, n: count() })
    .from(emailMessages)
    .where(inArray(emailMessages.status, ["failed", "queued"]))
    .groupBy(emailMessages.status);
  const of = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
  return { failed: of("failed"), queued: of("queued") };
}
