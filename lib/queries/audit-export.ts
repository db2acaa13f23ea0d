import "server-only";
import { and, asc, gt } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { ChainedEvent } from "@/lib/domain/audit-chain";
import { type AuditFilter, auditWhere } from "./audit";

const BATCH = 500;

/**
 * The filtered trail oldest first, a batch at a time by id (keyset), so an export of any length holds
 * one batch in memory; the query count grows with the trail only through the batches themselves.
 */
export async function* auditExportBatches(
  db: Queryable,
  filter: AuditFilter,
  batch = BATCH,
): AsyncGenerator<ChainedEvent[]> {
  let afterId = 0;
  const where = auditWhere({ ...filter, before: undefined });
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(where, gt(auditEvents.id, afterId)))
      .orderBy(asc(auditEvents.id))
      .limit(batch);
    if (rows.length === 0) return;
    yield rows;
    afterId = rows[rows.length - 1]?.id ?? afterId;
    if (rows.length < batch) return;
  }
}
