import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/app/components/status-badge";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { RESPONSE_WORDS } from "@/lib/domain/quorum/vocabulary";
import { myInvitations, mySeats } from "@/lib/queries/portal";
import { getRuntime } from "@/lib/runtime";
import { formatMeeting } from "@/lib/time/format";

export const metadata: Metadata = { title: "My ceremonies" };

export default async function PortalPage() {
  const actor = await requireAccess("portal.view", "/me");
  const session = await currentSession();
  const myZone = session?.user.timeZone ?? "UTC";
  const { db } = await getRuntime();
  const since = new Date(Date.now() - 86_400_000);
  const [seats, invited] = await Promise.all([
    mySeats(db, actor.id as string),
    myInvitations(db, actor.id as string, since),
  ]);
  return (
    <main>
      <h1>My ceremonies</h1>
      <section className="panel" aria-labelledby="upcoming">
        <h2 id="upcoming">Upcoming</h2>
        {invited.length === 0 ? (
          <p className="empty">
            You are not invited to any upcoming ceremony. You will get an email when you are.
          </p>
        ) : (
          <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {invited.map((c) => (
              <li key={c.id} style={{ padding: "0.75rem 0", borderBottom: "1px solid var(--line)" }}>
                <Link href={`/me/ceremonies/${c.id}`}>
                  <strong>{c.label}</strong>
                </Link>{" "}
                <StatusBadge status={c.status} />{" "}
                <span className={`badge ${c.response === "no_answer" ? "warn" : ""}`}>
                  {c.previousResponse
                    ? "please re-confirm: the date moved"
                    : c.response === "no_answer"
                      ? "please answer"
                      : `you: ${RESPONSE_WORDS[c.response]}`}
                </span>
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
