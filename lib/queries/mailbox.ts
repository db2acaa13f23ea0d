import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { isLoopback } from "@/lib/http/client-address";
import { edgeClientAddress, type HeaderReader } from "@/lib/http/edge-headers";

/**
 * The development mailbox shows stored messages when no mail provider is configured. The server turns
 * it on only when it listens on loopback alone (DEV_MAILBOX=1, set by scripts/serve.ts), and it answers
 * only a client on this machine, as the edge established it from the socket.
 */
export function mailboxAllowed(headers: HeaderReader): boolean {
  return process.env.DEV_MAILBOX === "1" && isLoopback(edgeClientAddress(headers));
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
