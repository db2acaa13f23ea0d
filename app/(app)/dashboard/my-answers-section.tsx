import Link from "next/link";
import { Panel } from "@/app/components/manage/layout-blocks";
import type { myAnswers } from "@/lib/queries/dashboard/my-answers";
import { formatMeeting } from "@/lib/time/format";
import styles from "./dashboard.module.css";

type Mine = Awaited<ReturnType<typeof myAnswers>>;

/** What the viewer must answer, and their next ceremony in their time and the facility's. */
export function MyAnswersSection({ mine, zone }: { mine: Mine; zone: string }) {
  const { pending, next } = mine;
  return (
    <>
      <Panel id="my-answers" title="Waiting for your answer">
        {pending.length === 0 ? (
          <p className="empty">
            Nothing to answer. Invitations appear here and on <Link href="/me">My ceremonies</Link>.
          </p>
        ) : (
          <ul className={styles.rows}>
            {pending.map((c) => (
              <li key={c.invitationId} data-testid={`answer-${c.label}`}>
                <Link href={`/me/ceremonies/${c.id}`}>
                  {c.previousResponse ? "Re-confirm" : "Answer"} for <strong>{c.label}</strong>
                </Link>
                <div className="muted">
                  {c.previousResponse ? "The date moved: your earlier answer needs confirming. " : ""}
                  {formatMeeting(c.startsAt, zone)} your time
                </div>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="my-next" title="Your next ceremony">
        {next === null ? (
          <p className="empty">
            You are not due at any ceremony. Keep <Link href="/me/availability">your availability</Link> up to
            date so the coordinator can plan around it.
          </p>
        ) : (
          <dl className="facts" data-testid="my-next-ceremony">
            <dt>Ceremony</dt>
            <dd>
              <Link href={`/me/ceremonies/${next.id}`}>{next.label}</Link> at {next.facilityName}, {next.city}
            </dd>
            <dt>Your time</dt>
            <dd>{formatMeeting(next.startsAt, zone)}</dd>
            <dt>Facility time</dt>
            <dd>{formatMeeting(next.startsAt, next.timeZone)}</dd>
            <dt>Request travel by</dt>
            <dd>
              <time dateTime={next.travelRequestBy}>{next.travelRequestBy}</time>{" "}
              <span className="muted">(facility calendar)</span>
            </dd>
          </dl>
        )}
      </Panel>
    </>
  );
}
