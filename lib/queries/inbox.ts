import "server-only";
import { and, count, desc, eq, isNull, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { emailMessages, inboxItems } from "@/db/schema";

export interface InboxFilter {
  unreadOnly: boolean;
  /** One kind of notice ("verdict.changed"), or every kind. */
  event: string | null;
}

const INBOX_PAGE = 100;
const DELIVERY_PAGE = 30;

/** How many notices wait unread for a person: the count beside the menu. */
export async function unreadCount(db: Queryable, personId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(inboxItems)
    .where(and(eq(inboxItems.personId, personId), isNull(inboxItems.readAt)));
  return row?.n ?? 0;
}

/**
 * A person's inbox, newest first (at most 100), the kinds of notice they have had (for the filter), and
 * their own mail deliveries with how each went: three statements, side by side.
 */
export async function inboxFor(db: Queryable, person: { id: string; email: string }, filter: InboxFilter) {
  const where: SQL[] = [eq(inboxItems.personId, person.id)];
  if (filter.unreadOnly) where.push(isNull(inboxItems.readAt));
  if (filter.event) where.push(eq(inboxItems.event, filter.event));
  const [items, kinds, deliveries] = await Promise.all([
    db
      .select()
      .from(inboxItems)
      .where(and(...where))
      .orderBy(desc(inboxItems.createdAt), desc(inboxItems.id))
      .limit(INBOX_PAGE),
    db
      .selectDistinct({ event: inboxItems.event })
      .from(inboxItems)
      .where(eq(inboxItems.personId, person.id))
      .orderBy(inboxItems.event),
    db
      .select({
        id: emailMessages.id,
        subject: emailMessages.subject,
        status: emailMessages.status,
        createdAt: emailMessages.createdAt,
        sentAt: emailMessages.sentAt,
      })
      .from(emailMessages)
      .where(eq(emailMessages.to, person.email))
      .orderBy(desc(emailMessages.createdAt))
      .limit(DELIVERY_PAGE),
  ]);
  return { items, kinds: kinds.map((k) => k.event), deliveries };
}
