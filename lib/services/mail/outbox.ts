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

/**
 * Writes one message to the outbox inside the caller's transaction: its subject and props, not its
 * body, which the delivery job renders. Returns the message id, or null when a message with this key
 * exists already. Notifications reach it through `notify`; the sign-in job, which delivers its own
 * message, calls it directly.
 */
export async function writeOutbox<T extends EmailTemplate>(tx: Queryable, message: OutboxMessage<T>) {
  const [row] = await tx
    .insert(emailMessages)
    .values({
      idempotencyKey: message.idempotencyKey,
      event: message.event ?? null,
      template: message.template,
      to: message.to,
      subject: subjectOf(message.template, message.props),
      props: message.props as unknown as Record<string, unknown>,
      sealedProps: message.sealedProps ? seal({ ...message.props, ...message.sealedProps }) : null,
      attachments: message.attachments ?? [],
    })
    .onConflictDoNothing({ target: emailMessages.idempotencyKey })
    .returning({ id: emailMessages.id });
  return row?.id ?? null;
}
