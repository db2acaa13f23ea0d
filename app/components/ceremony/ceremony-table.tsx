import Link from "next/link";
import { StatusBadge } from "@/app/components/status-badge";
import { VerdictBadge } from "@/app/components/verdict-badge";
import { words } from "@/lib/domain/words";
import type { listCeremonies } from "@/lib/queries/planning/ceremony-list";
import { formatMeeting } from "@/lib/time/format";

type Row = Awaited<ReturnType<typeof listCeremonies>>[number];

/** Ceremonies with their facility time, status and last quorum verdict; each links to its page. */
export function CeremonyTable({ rows }: { rows: Row[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th>Ceremony</th>
          <th>Facility</th>
          <th>Starts (facility time)</th>
          <th>Status</th>
          <th>Quorum</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td>
              <Link href={`/ceremonies/${c.id}`}>
                <strong>{c.label}</strong>
              </Link>{" "}
              <span className="muted">{words(c.kind)}</span>
            </td>
            <td>{c.facilityName}</td>
            <td>
              {formatMeeting(c.startsAt, c.timeZone)}
              <div className="muted">{c.durationMinutes / 60} h</div>
            </td>
            <td>
              <StatusBadge status={c.status} />
            </td>
            <td>
              {c.lastVerdict ? <VerdictBadge verdict={c.lastVerdict} /> : <span className="muted">—</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
