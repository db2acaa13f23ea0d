import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getMailboxMessage, mailboxAllowed } from "@/lib/queries/mailbox";
import { getRuntime } from "@/lib/runtime";
import { messageForRecipient } from "@/lib/services/mail/deliver-email";
import { formatUtc } from "@/lib/time/format";

export const dynamic = "force-dynamic";

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!mailboxAllowed(await headers())) notFound();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const { db } = await getRuntime();
  const message = await getMailboxMessage(db, id.data);
  if (!message) notFound();
  // The development mailbox is the delivery when no provider is set: it opens sealed links here, on
  // this machine only.
  const content = await messageForRecipient(message);
  return (
    <main>
      <p>
        <Link href="/dev/mailbox">← Mailbox</Link>
      </p>
      <h1>{message.subject}</h1>
      <p className="muted">
        To {message.to} · {formatUtc(message.createdAt)} · {message.status}
      </p>
      <h2>Plain text</h2>
      <pre className="panel mono" data-testid="mail-text" style={{ whiteSpace: "pre-wrap" }}>
        {content.text}
      </pre>
      <h2>HTML</h2>
      <iframe className="mail" title="Message as HTML" sandbox="" srcDoc={content.html} />
    </main>
  );
}
