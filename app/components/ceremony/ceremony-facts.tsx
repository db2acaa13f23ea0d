import type { ReactNode } from "react";
import { words } from "@/lib/domain/words";
import { formatMeeting } from "@/lib/time/format";

interface Facts {
  id: string;
  kind: string;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  standbyDate: string | null;
  agenda: string[];
}

/**
 * Where and when a ceremony is, on the facility's clock and the viewer's, with its calendar file and
 * agenda. Coordinators and invitees see the same facts; `links` adds what the viewer may do next.
 */
export function CeremonyFacts({
  ceremony,
  facility,
  viewerZone,
  links,
}: {
  ceremony: Facts;
  facility: { name: string; city: string };
  viewerZone: string;
  links?: ReactNode;
}) {
  return (
    <div className="panel">
      <div>
        <strong>{facility.name}</strong>, {facility.city} · {words(ceremony.kind)}
      </div>
      <div data-testid="facility-time">
        Facility time: {formatMeeting(ceremony.startsAt, ceremony.timeZone)}
      </div>
      <div>Your time: {formatMeeting(ceremony.startsAt, viewerZone)}</div>
      <div className="muted">
        {ceremony.durationMinutes} minutes · standby date {ceremony.standbyDate ?? "none"}
      </div>
      <p className="no-print">
        <a href={`/api/ceremonies/${ceremony.id}/ics`} download>
          Add to my calendar (.ics)
        </a>
        {links}
      </p>
      {ceremony.agenda.length > 0 ? (
        <details>
          <summary>Agenda ({ceremony.agenda.length} items)</summary>
          <ol>
            {ceremony.agenda.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
