import type { PgBoss } from "pg-boss";
import type { Queryable } from "@/db/client";
import { type EmailAttachment, emailMessages } from "@/db/schema";
import type { EmailProps, EmailTemplate } from "@/emails";
import { enqueueInTransaction } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { renderEmail } from "@/lib/mail/render";

export interface EmailRequest<T extends EmailTemplate> {
  template: T;
  to: string;
  props: EmailProps<T>;
  /** Same key, same message: a retried request or a re-run job never queues a second copy. */
  idempotencyKey: string;
  priority?: boolean;
  attachments?: EmailAttachment[];
}

/**
 * Writes the message to the outbox and queues its delivery job, both inside the caller's transaction:
 * nothing is sent unless the change that caused it commits, and nothing committed is lost.
 */
export async function enqueueEmail<T extends EmailTemplate>(
  tx: Queryable,
  boss: PgBoss,
  request: EmailRequest<T>,
) {
  const rendered = await renderEmail(request.template, request.props);
  const [row] = await tx
    .insert(emailMessages)
    .values({
      idempotencyKey: request.idempotencyKey,
      template: request.template,
      to: request.to,
      ...rendered,
      attachments: request.attachments ?? [],
    })
    .onConflictDoNothing({ target: emailMessages.idempotencyKey })
    .returning({ id: emailMessages.id });
  if (!row) return null;
  const queue = request.priority ? QUEUES.mailPriority : QUEUES.mail;
  await enqueueInTransaction(boss, tx, queue, { messageId: row.id }, { singletonKey: row.id });
  return row.id;
}
