import type { Metadata } from "next";
import Link from "next/link";
import { ChainStatus } from "@/app/components/audit/chain-status";
import { can } from "@/lib/auth/policy";
import { filterValues } from "@/lib/queries/audit-filter";
import { subjectKey } from "@/lib/queries/audit-subjects";
import { makeCheckpointAction } from "./actions";
import { AuditFilters } from "./audit-filters";
import { EventItem } from "./event-item";
import { loadAuditPage } from "./load";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { actor, full, parsed, keyId, pem, chain, page, names, timeZone } = await loadAuditPage(searchParams);
  const filters = filterValues(parsed.values);
  const exportQuery = (format: string) => new URLSearchParams({ format, ...filters }).toString();
  const nextParams = new URLSearchParams(filters);
  const last = page.events[page.events.length - 1];
  if (last) nextParams.set("before", String(last.id));
  const first = page.events[0];
  const subjectName =
    first?.subjectId && first.subjectId === filters.subject
      ? names.get(subjectKey(first.subjectType, first.subjectId))?.name
      : undefined;
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
