import type { Metadata } from "next";
import Link from "next/link";
import { ChainStatus } from "@/app/components/audit/chain-status";
import { can } from "@/lib/auth/policy";
import { makeCheckpointAction } from "./actions";
import { AuditFilters } from "./audit-filters";
import { EventItem } from "./event-item";
import { loadAuditPage } from "./load";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { actor, full, parsed, keyId, pem, chain, page, names, filters, subjectName, timeZone } =
    await loadAuditPage(searchParams);
  const exportQuery = (format: string) => new URLSearchParams({ format, ...filters }).toString();
  const nextParams = new URLSearchParams(filters);
  const last = page.events[page.events.length - 1];
  if (last) nextParams.set("before", String(last.id));
  return (
    <main>
      <h1>Audit trail</h1>
      <ChainStatus
        report={chain}
        full={full}
        keyId={keyId}
        publicKeyPem={pem}
        timeZone={timeZone}
        checkpointAction={can(actor.roles, "audit.checkpoint") ? makeCheckpointAction : undefined}
      />
      <AuditFilters
        // A new filter (a link, not this form) remounts the form, so its fields show the new values.
        key={new URLSearchParams(filters).toString()}
        values={parsed.values}
        fields={parsed.ok ? {} : parsed.fields}
        timeZone={timeZone}
        subjectName={subjectName}
      />
      <section className="panel" aria-labelledby="events-heading">
        <div className="audit-head">
          <h2 id="events-heading">Events, newest first</h2>
          {parsed.ok ? (
            <p className="audit-export">
              Export these events with their chain hashes:{" "}
              <a href={`/api/audit/export?${exportQuery("csv")}`} download>
                CSV
              </a>{" "}
              ·{" "}
              <a href={`/api/audit/export?${exportQuery("jsonl")}`} download>
                JSON lines
              </a>
            </p>
          ) : null}
        </div>
        {page.events.length === 0 ? (
          <p className="empty">
            {parsed.ok
              ? "No events match these filters. Widen the dates or clear the filters."
              : "Correct the highlighted filter to see events."}
          </p>
        ) : (
          <ol className="audit-events">
            {page.events.map((e) => (
              <EventItem key={e.id} event={e} names={names} roles={actor.roles} timeZone={timeZone} />
            ))}
          </ol>
        )}
        {page.hasMore ? (
          <p>
            <Link href={`/audit?${nextParams.toString()}`}>Older events</Link>
          </p>
        ) : null}
      </section>
    </main>
  );
}
