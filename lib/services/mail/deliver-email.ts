import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emailMessages } from "@/db/schema";
import type { EmailProps, EmailTemplate } from "@/emails";
import { renderEmail } from "@/lib/mail/render";
import { type DeliveryResult, deliver, hasMailProvider } from "@/lib/mail/transport";
import { unseal } from "@/lib/secrets/seal";
import { dateOf, type Instant } from "@/lib/time";

export interface DeliverEmailJob {
  messageId: string;
}

type StoredMessage = typeof emailMessages.$inferSelect;

/**
 * The message as the recipient gets it, rendered from its props here in the worker (or from the stored
 * copy once delivered); a message with sealed props (a sign-in link) is rendered with them opened. Also
 * what the development mailbox shows.
 */
export async function messageForRecipient(message: StoredMessage) {
  const template = message.template as EmailTemplate;
  if (message.sealedProps)
    return renderEmail(template, unseal<EmailProps<typeof template>>(message.sealedProps));
  if (message.html !== null && message.text !== null)
    return { subject: message.subject, html: message.html, text: message.text };
  return renderEmail(template, message.props as unknown as EmailProps<typeof template>);
}

/** The copy kept in the outbox once delivered: rendered from the readable props, never the sealed ones. */
async function storedCopy(message: StoredMessage, delivered: { html: string; text: string }) {
  if (!message.sealedProps) return delivered;
  const template = message.template as EmailTemplate;
  const { html, text } = await renderEmail(template, message.props as unknown as EmailProps<typeof template>);
  return { html, text };
}

/**
 * Delivers one outbox message. Safe to run again: a sent message is skipped, and the provider gets the
 * message's idempotency key so a crash between sending and recording cannot produce a second copy.
 */
export async function deliverEmail(db: Db, job: DeliverEmailJob, now: Instant): Promise<void> {
  const [message] = await db.select().from(emailMessages).where(eq(emailMessages.id, job.messageId));
  if (!message || message.status === "sent") return;
  try {
    // Without a provider the stored row is the delivery: the development mailbox renders it when it is
    // opened, on this machine only, so nothing renders a message nobody reads.
    if (!hasMailProvider()) {
      await markSent(db, message, { transport: "dev-mailbox", providerMessageId: null }, {}, now);
      return;
    }
    const content = await messageForRecipient(message);
    const result = await deliver({ ...message, ...content, idempotencyKey: message.idempotencyKey });
    // Once the provider holds the message, nothing here needs the secret any more.
    const kept = message.html === null ? await storedCopy(message, content) : {};
    await markSent(db, message, result, { ...kept, sealedProps: null }, now);
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

async function markSent(
  db: Db,
  message: StoredMessage,
  result: DeliveryResult,
  changes: Partial<Pick<StoredMessage, "html" | "text" | "sealedProps">>,
  now: Instant,
) {
  await db
    .update(emailMessages)
    .set({
      ...changes,
      status: "sent",
      sentAt: dateOf(now),
      transport: result.transport,
      providerMessageId: result.providerMessageId,
      attempts: sql`${emailMessages.attempts} + 1`,
      lastError: null,
    })
    .where(eq(emailMessages.id, message.id));
}

/**
 * After the queue gives up on a message it is marked failed, so it shows on the metrics, the staff
 * notice and the recipient's page; a sealed link in it is dropped, as it will never be sent.
 */
export async function markEmailFailed(db: Db, job: DeliverEmailJob): Promise<void> {
  await db
    .update(emailMessages)
    .set({ status: "failed", sealedProps: null })
    .where(eq(emailMessages.id, job.messageId));
}
