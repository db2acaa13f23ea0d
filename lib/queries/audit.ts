import { and, asc, desc, eq, gt, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { type ChainBreak, GENESIS_HASH, verifyChainPage } from "@/lib/domain/audit-chain";

export interface AuditFilter {
  action?: string;
  actor?: string;
  subject?: string;
  from?: Date;
  to?: Date;
  /** Page: events with an id below this one (newest first). */
  before?: number;
  limit?: number;
}

export async function listAuditEvents(db: Queryable, filter: AuditFilter) {
  const where: SQL[] = [];
  if (filter.action) where.push(ilike(auditEvents.action, `${filter.action}%`));
  if (filter.actor) where.push(ilike(auditEvents.actorLabel, `%${filter.actor}%`));
  if (filter.subject) {
    const subject = or(
      eq(auditEvents.subjectId, filter.subject),
      eq(auditEvents.subjectType, filter.subject),
    );
    if (subject) where.push(subject);
  }
  if (filter.from) where.push(gte(auditEvents.occurredAt, filter.from));
  if (filter.to) where.push(lt(auditEvents.occurredAt, filter.to));
  if (filter.before) where.push(lt(auditEvents.id, filter.before));
  const limit = Math.min(filter.limit ?? 50, 200);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
  return { events: rows.slice(0, limit), hasMore: rows.length > limit };
}

export type ChainReport = { ok: true; checked: number } | { ok: false; checked: number; broken: ChainBreak };

/** Walks the whole chain in id order, a page at a time, and reports the first broken link. */
export async function verifyAuditChain(db: Queryable, pageSize = 1000): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, afterId))
      .orderBy(asc(auditEvents.id))
      .limit(pageSize);
    if (page.length === 0) return { ok: true, checked };
    const result = verifyChainPage(prev, page);
    if ("broken" in result) {
      return {
        ok: false,
        checked: checked + page.findIndex((e) => e.id === result.broken.id),
        broken: result.broken,
      };
    }
    checked += page.length;
    prev = result.lastHash;
    afterId = page[page.length - 1]?.id ?? afterId;
  }
}
