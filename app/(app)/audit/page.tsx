import type { Metadata } from "next";
import Link from "next/link";
import { ChainStatus } from "@/app/components/audit/chain-status";
import { ScrollRegion } from "@/app/components/scroll-region";
import { can } from "@/lib/auth/policy";
import { formatUtc } from "@/lib/time/format";
import { makeCheckpointAction } from "./actions";
import { loadAuditPage } from "./load";

export const metadata: Metadata = { title: "Audit trail" };

const FILTERS = [
  { name: "action", label: "Action starts with", placeholder: "auth." },
  { name: "actor", label: "Actor contains", placeholder: "name@example.org" },
  { name: "subject", label: "Subject (type or id)", placeholder: "person" },
  { name: "from", label: "From (UTC date)", placeholder: "2026-11-01" },
  { name: "to", label: "To (UTC date, inclusive)", placeholder: "2026-11-30" },
];

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { actor, full, parsed, keyId, pem, chain, page, timeZone } = await loadAuditPage(searchParams);
  const fields = parsed.ok ? {} : parsed.fields;
  const nextParams = new URLSearchParams(parsed.values);
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
      <form className="panel filters" method="get">
        {FILTERS.map((f) => (
          <div key={f.name}>
            <label htmlFor={`f-${f.name}`}>{f.label}</label>
            <input
              id={`f-${f.name}`}
              name={f.name}
              defaultValue={parsed.values[f.name] ?? ""}
              placeholder={f.placeholder}
            />
            {fields[f.name] ? <p className="field-error">{fields[f.name]}</p> : null}
          </div>
        ))}
        <div>
          <button type="submit">Filter</button>
        </div>
      </form>
      <ScrollRegion label="Audit events" className="panel">
        {page.events.length === 0 ? (
          <p className="empty">No events match these filters.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>Time (UTC)</th>
                <th>Actor</th>
                <th>Action</th>
                <th>Subject</th>
                <th>Details</th>
              </tr>
            </thead>
            <tbody>
              {page.events.map((e) => (
                <tr key={e.id}>
                  <td>{e.id}</td>
                  <td className="mono">{formatUtc(e.occurredAt)}</td>
                  <td>{e.actorLabel}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.subjectType}
                    {e.subjectId ? <div className="mono muted">{e.subjectId}</div> : null}
                  </td>
                  <td className="mono">
                    {JSON.stringify(e.summary)}
                    {e.requestId ? <div className="muted">request {e.requestId}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {page.hasMore ? (
          <p>
            <Link href={`/audit?${nextParams.toString()}`}>Older events</Link>
          </p>
        ) : null}
      </ScrollRegion>
    </main>
  );
}
