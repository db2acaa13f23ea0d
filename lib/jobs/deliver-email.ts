import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { deliver } from "@/lib/mail/transport";

export interface DeliverEmailJob {
  messageId: string;
}

/**
 * Delivers one outbox message. Safe to run again: a sent message is skipped, and the provider gets the
 * message's idempotency key so a crash between sending and recording cannot produce a second copy.
 */
export async function deliverEmail(db: Db, job: DeliverEmailJob): Promise<void> {
  const [message] = await db.select().from(emailMessages).where(eq(emailMessages.id, job.messageId));
  if (!message || message.status === "sent") return;
  try {
    const result = await deliver({ ...message, idempotencyKey: message.idempotencyKey });
    await db
      .update(emailMessages)
      .set({
        status: "sent",
        sentAt: new Date(),
        transport: result.transport,
        providerMessageId: result.providerMessageId,
        attempts: sql`${emailMessages.attempts} + 1`,
        lastError: null,
      })
      .where(eq(emailMessages.id, message.id));
  } catch (error) {
    await db
      .update(emailMessages)
      .set({
        attempts: sql`${emailMessages.attempts} + 1`,
        lastError: String((error as Error).message).slice(0, 500),
      })
      .where(eq(emailMessages.id, message.id));
    throw error;
  }
}

/** After pg-boss gives up on a message it is marked failed, so it shows on the metrics and the mailbox. */
export async function markEmailFailed(db: Db, job: DeliverEmailJob): Promise<void> {
  await db.update(emailMessages).set({ status: "failed" }).where(eq(emailMessages.id, job.messageId));
}
