import "server-only";
import type { Queryable } from "@/db/client";
import { type EmailAttachment, emailMessages } from "@/db/schema";
import type { EmailProps, EmailTemplate } from "@/emails";
import { subjectOf } from "@/lib/mail/render";
import { seal } from "@/lib/secrets/seal";

export interface OutboxMessage<T extends EmailTemplate> {
  /** The notification this message delivers, if any (a sign-in link is none). */
  event?: string;
  template: T;
  to: string;
  props: EmailProps<T>;
  /**
   * Props too dangerous to keep readable in the outbox (a sign-in link): sealed with a key derived
   * from AUTH_SECRET together with `props`, opened only to deliver or show the message. `props` then
   * carries a placeholder, and the readable stored copy is rendered from it.
   */
  sealedProps?: Partial<EmailProps<T>>;
  /** Same key, same message: a retried request or a re-run job never queues a second copy. */
  idempotencyKey: string;
  attachments?: EmailAttachment[];
}

/** PostgreSQL takes at most 65,535 parameters a statement; an outbox row binds eight. */
const ROWS_PER_STATEMENT = 7000;

/**
 * Writes messages to the outbox inside the caller's transaction: their subjects and props, not their
 * bodies, which the delivery job renders. One statement per 7,000 messages, whatever their number of
 * recipients or notifications. Returns the messages written (id and key); one whose key exists already
 * is left out. Notifications reach it through `notify`; the sign-in job, which delivers its own message,
 * writes one through writeOutbox.
 */
export async function writeOutboxMany(tx: Queryable, messages: readonly OutboxMessage<EmailTemplate>[]) {
  const written: { id: string; idempotencyKey: string }[] = [];
  for (let first = 0; first < messages.length; first += ROWS_PER_STATEMENT) {
    const rows = await tx
      .insert(emailMessages)
      .values(
        messages.slice(first, first + ROWS_PER_STATEMENT).map((message) => ({
          idempotencyKey: message.idempotencyKey,
          event: message.event ?? null,
          template: message.template,
          to: message.to,
          subject: subjectOf(message.template, message.props),
          props: message.props as unknown as Record<string, unknown>,
          sealedProps: message.sealedProps ? seal({ ...message.props, ...message.sealedProps }) : null,
          attachments: message.attachments ?? [],
        })),
      )
      .onConflictDoNothing({ target: emailMessages.idempotencyKey })
      .returning({ id: emailMessages.id, idempotencyKey: emailMessages.idempotencyKey });
    written.push(...rows);
  }
  return written;
}

/** One message: its id, or null when a message with this key exists already. */
export async function writeOutbox<T extends EmailTemplate>(tx: Queryable, message: OutboxMessage<T>) {
  const [row] = await writeOutboxMany(tx, [message as unknown as OutboxMessage<EmailTemplate>]);
  return row?.id ?? null;
}
