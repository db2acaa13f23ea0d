import Link from "next/link";
import { formatUtc } from "@/lib/time/format";
import { loadMailboxMessagePage } from "./load";

export const dynamic = "force-dynamic";

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { message, content } = await loadMailboxMessagePage(params);
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
