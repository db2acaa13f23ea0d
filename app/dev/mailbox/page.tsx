import type { Metadata } from "next";
import Link from "next/link";
import { ScrollRegion } from "@/app/components/scroll-region";
import { formatUtc } from "@/lib/time/format";
import { loadMailboxPage } from "./load";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function MailboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { to, messages } = await loadMailboxPage(searchParams);
  return (
    <main>
      <h1>Development mailbox</h1>
      <p className="notice warn">
        No mail provider is configured, so messages are kept here instead of being sent. Never enable this
        page on a server others can reach.
      </p>
      <form method="get" className="panel filters">
        <div>
          <label htmlFor="to">Recipient</label>
          <input
            id="to"
            name="to"
            type="email"
            defaultValue={to ?? ""}
            placeholder="coordinator@example.org"
          />
        </div>
        <div>
          <button type="submit">Show</button>
        </div>
      </form>
      <ScrollRegion label="Messages" className="panel">
        {messages.length === 0 ? (
          <p className="empty">No messages yet. Ask for a sign-in link and it appears here.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Received (UTC)</th>
                <th>To</th>
                <th>Subject</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id}>
                  <td className="mono">{formatUtc(m.createdAt)}</td>
                  <td>{m.to}</td>
                  <td>
                    <Link href={`/dev/mailbox/${m.id}`}>{m.subject}</Link>
                  </td>
                  <td>{m.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ScrollRegion>
    </main>
  );
}
