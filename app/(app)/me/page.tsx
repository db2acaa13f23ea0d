import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/app/components/status-badge";
import { RESPONSE_WORDS } from "@/lib/domain/quorum/vocabulary";
import { formatMeeting } from "@/lib/time/format";
import { loadPortalPage } from "./load";

export const metadata: Metadata = { title: "My ceremonies" };

export default async function PortalPage() {
  const { myZone, seats, invited } = await loadPortalPage();
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
