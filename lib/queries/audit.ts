import "server-only";
import { and, desc, eq, gte, ilike, lt, or, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditEvents, people } from "@/db/schema";

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

/** The conditions of a filter (its page bound `before` too), shared by the page and the export. */
export function auditWhere(filter: AuditFilter): SQL | undefined {
  const where: SQL[] = [];
  if (filter.action) where.push(ilike(auditEvents.action, `${filter.action}%`));
  if (filter.actor) {
    const pattern = `%${filter.actor}%`;
    // The label is the email at the time; the name is the person's today.
    const actor = or(
      ilike(auditEvents.actorLabel, pattern),
      sql`${auditEvents.actorId} in (select ${people.id}::text from ${people} where ${people.name} ilike ${pattern})`,
    );
    if (actor) where.push(actor);
  }
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
  return and(...where);
}

/** One stored audit event, as the page lists it. */
export type AuditEventRow = typeof auditEvents.$inferSelect;

export async function listAuditEvents(db: Queryable, filter: AuditFilter) {
  const limit = Math.min(filter.limit ?? 50, 200);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(auditWhere(filter))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
  return { events: rows.slice(0, limit), hasMore: rows.length > limit };
}
