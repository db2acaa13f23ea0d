import { desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { emailMessages } from "@/db/schema";

/**
 * The development mailbox shows stored messages when no mail provider is configured. It is off in
 * production unless DEV_MAILBOX=1 is set explicitly (the demo start does so, and says it).
 */
export function devMailboxEnabled(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.DEV_MAILBOX === "1";
}

export async function listMailbox(db: Queryable, to?: string) {
  return db
    .select({
      id: emailMessages.id,
      to: emailMessages.to,
      subject: emailMessages.subject,
      status: emailMessages.status,
      createdAt: emailMessages.createdAt,
    })
    .from(emailMessages)
    .where(to ? eq(emailMessages.to, to.toLowerCase()) : undefined)
    .orderBy(desc(emailMessages.createdAt))
    .limit(100);
}

export async function getMailboxMessage(db: Queryable, id: string) {
  const [row] = await db.select().from(emailMessages).where(eq(emailMessages.id, id));
  return row ?? null;
}
