import type { PgBoss } from "pg-boss";
import type { Queryable } from "@/db/client";
import { type EmailAttachment, emailMessages } from "@/db/schema";
import type { EmailProps, EmailTemplate } from "@/emails";
import { renderEmail } from "@/lib/mail/render";
import { enqueueInTransaction } from "@/lib/queue/boss";
import { QUEUES } from "@/lib/queue/queues";
import { seal } from "@/lib/secrets/seal";

export interface EmailRequest<T extends EmailTemplate> {
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
 * Writes the message to the outbox and queues its delivery job, both inside the caller's transaction:
 * nothing is sent unless the change that caused it commits, and nothing committed is lost.
 * Returns the message id, or null when a message with this key exists already.
 */
export async function enqueueEmail<T extends EmailTemplate>(
  tx: Queryable,
  boss: PgBoss,
  request: EmailRequest<T>,
) {
  const id = await writeOutbox(tx, request);
  if (id) await enqueueInTransaction(boss, tx, QUEUES.mail, { messageId: id }, { singletonKey: id });
  return id;
}

/** The outbox row alone, for a job that delivers the message itself (sign-in links). */
export async function writeOutbox<T extends EmailTemplate>(tx: Queryable, request: EmailRequest<T>) {
  const rendered = await renderEmail(request.template, request.props);
  const [row] = await tx
    .insert(emailMessages)
    .values({
      idempotencyKey: request.idempotencyKey,
      template: request.template,
      to: request.to,
      ...rendered,
      sealedProps: request.sealedProps ? seal({ ...request.props, ...request.sealedProps }) : null,
      attachments: request.attachments ?? [],
    })
    .onConflictDoNothing({ target: emailMessages.idempotencyKey })
    .returning({ id: emailMessages.id });
  return row?.id ?? null;
}
