import type { Metadata } from "next";
import { StatusBadge } from "@/app/components/status-badge";
import { requireAccess } from "@/lib/auth/guard";
import { auth } from "@/lib/auth/index";
import { mySeats, myUpcomingCeremonies } from "@/lib/queries/portal";
import { getRuntime } from "@/lib/runtime";
import { formatMeeting } from "@/lib/time/format";

export const metadata: Metadata = { title: "My ceremonies" };

export default async function PortalPage() {
  const actor = await requireAccess("portal.view", "/me");
  const session = await auth();
  const myZone = session?.user.timeZone ?? "UTC";
  const { db } = await getRuntime();
  const seats = await mySeats(db, actor.id as string);
  const facilityIds = [...new Set(seats.filter((s) => s.status !== "retired").map((s) => s.facilityId))];
  const ceremonyRows = await myUpcomingCeremonies(db, facilityIds, new Date());
  return (
    <main>
      <h1>My ceremonies</h1>
      <section className="panel" aria-labelledby="upcoming">
        <h2 id="upcoming">Upcoming</h2>
        {ceremonyRows.length === 0 ? (
          <p className="empty">
            Nothing planned at your facilities yet. You will get an email when you are invited.
          </p>
        ) : (
          <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {ceremonyRows.map((c) => (
              <li key={c.id} style={{ padding: "0.75rem 0", borderBottom: "1px solid var(--line)" }}>
                <strong>{c.label}</strong> <StatusBadge status={c.status} />
                <div>
                  {c.facilityName}, {c.city}
                </div>
                <div>Facility time: {formatMeeting(c.startsAt, c.timeZone)}</div>
                <div className="muted">Your time: {formatMeeting(c.startsAt, myZone)}</div>
                {c.standbyDate ? <div className="muted">Standby date: {c.standbyDate}</div> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="seats">
        <h2 id="seats">My credential seats</h2>
        {seats.length === 0 ? (
          <p className="empty">You hold no credential seat. A coordinator assigns seats.</p>
        ) : (
          <ul>
            {seats.map((s) => (
              <li key={s.id}>
                {s.label}: {s.setName} ({s.threshold} of {s.size}) at {s.facilityName}{" "}
                <span className={`badge ${s.status === "active" ? "ok" : ""}`}>{s.status}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
