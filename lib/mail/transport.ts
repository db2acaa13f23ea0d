import "server-only";
import { Resend } from "resend";
import type { EmailAttachment } from "@/db/schema";

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  idempotencyKey: string;
  attachments: EmailAttachment[];
}

export type DeliveryResult = { transport: "resend" | "dev-mailbox"; providerMessageId: string | null };

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "Ceremony Desk <ceremonies@example.org>";
}

/** How long one provider call may take before it counts as failed and is retried later. */
export function providerTimeoutMs(): number {
  return Number(process.env.MAIL_PROVIDER_TIMEOUT_MS ?? 10_000);
}

/**
 * Whether a provider sends mail (RESEND_API_KEY is set). Without one the stored outbox row is the
 * message, and the development mailbox shows it.
 */
export function hasMailProvider(): boolean {
  return Boolean(process.env.RESEND_API_KEY);
}

/**
 * Sends through Resend (the SDK honours RESEND_BASE_URL). Every call has a deadline, so a provider that
 * accepts the connection and never answers holds one worker slot for seconds, not for minutes.
 */
export async function deliver(email: OutgoingEmail): Promise<DeliveryResult> {
  const resend = new Resend(process.env.RESEND_API_KEY);
  const timeout = providerTimeoutMs();
  const { data, error } = await resend.emails.send(
    {
      from: mailFrom(),
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      attachments: email.attachments.map((a) => ({
        filename: a.filename,
        content: a.content,
        contentType: a.contentType,
      })),
    },
    { idempotencyKey: email.idempotencyKey, signal: AbortSignal.timeout(timeout) },
  );
  if (error) throw new Error(`Resend refused the message: ${error.name}: ${error.message}`);
  return { transport: "resend", providerMessageId: data?.id ?? null };
}
