import type { Metadata } from "next";
import Link from "next/link";
import { ScrollRegion } from "@/app/components/scroll-region";
import { formatMeeting, formatUtc } from "@/lib/time/format";
import { loadInboxPage } from "./load";
import { noticeKind } from "./notice-kinds";
import { MarkAllReadForm, MarkReadForm } from "./read-forms";

export const metadata: Metadata = { title: "Inbox" };

const DELIVERY_WORDS = { queued: "waiting to send", sent: "sent", failed: "failed" } as const;

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { items, kinds, deliveries, filter, timeZone } = await loadInboxPage(searchParams);
  const unread = items.filter((i) => !i.readAt).length;
  return (
    <main>
      <h1>Inbox</h1>
      <form className="panel filters" method="get" aria-label="Filter notices">
        <div>
          <label htmlFor="f-show">Show</label>
          <select id="f-show" name="show" defaultValue={filter.unreadOnly ? "unread" : "all"}>
            <option value="unread">Unread notices</option>
            <option value="all">All notices</option>
          </select>
        </div>
        <div>
          <label htmlFor="f-kind">Kind</label>
          <select id="f-kind" name="kind" defaultValue={filter.event ?? ""}>
            <option value="">Every kind</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {noticeKind(k)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit">Show</button>
        </div>
      </form>
      <section className="panel" aria-labelledby="notices-heading">
        <div className="audit-head">
          <h2 id="notices-heading">{filter.unreadOnly ? "Unread notices" : "Notices"}</h2>
          {unread > 0 ? <MarkAllReadForm /> : null}
        </div>
        {items.length === 0 ? (
          <p className="empty">
            {filter.unreadOnly
              ? "Nothing unread. Notices about your ceremonies, answers and alerts arrive here as they are mailed to you."
              : "No notices yet. They arrive here as they are mailed to you."}{" "}
            {filter.unreadOnly ? <Link href="/inbox?show=all">Show all notices</Link> : null}
          </p>
        ) : (
          <ol className="inbox-items" data-testid="inbox">
            {items.map((item) => (
              <li key={item.id} className={item.readAt ? "inbox-item" : "inbox-item inbox-unread"}>
                <p>
                  {item.readAt ? null : <span className="badge warn">new</span>}
                  {item.readAt ? null : " "}
                  {item.path ? <Link href={item.path}>{item.title}</Link> : <strong>{item.title}</strong>}
                </p>
                <p className="muted">
                  {noticeKind(item.event)} ·{" "}
                  <time dateTime={item.createdAt.toISOString()} title={formatUtc(item.createdAt)}>
                    {formatMeeting(item.createdAt, timeZone)}
                  </time>
                </p>
                {item.readAt ? null : <MarkReadForm id={item.id} title={item.title} />}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel" aria-labelledby="deliveries-heading">
        <h2 id="deliveries-heading">Mail sent to you</h2>
        {deliveries.length === 0 ? (
          <p className="empty">No mail has been sent to you yet.</p>
        ) : (
          <ScrollRegion label="Mail sent to you">
            <table data-testid="deliveries">
              <thead>
                <tr>
                  <th>Subject</th>
                  <th>Queued</th>
                  <th>Delivery</th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((d) => (
                  <tr key={d.id}>
                    <td>{d.subject}</td>
                    <td>{formatMeeting(d.createdAt, timeZone)}</td>
                    <td>
                      <span
                        className={`badge ${d.status === "failed" ? "bad" : d.status === "sent" ? "ok" : "warn"}`}
                      >
                        {DELIVERY_WORDS[d.status]}
                      </span>
                      {d.sentAt ? <span className="muted"> {formatMeeting(d.sentAt, timeZone)}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </main>
  );
}
