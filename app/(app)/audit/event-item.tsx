import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { actionWords } from "@/lib/domain/audit/action-words";
import { subjectKey, subjectNoun } from "@/lib/domain/audit/subject-nouns";
import { summaryFields } from "@/lib/domain/audit/summary-fields";
import type { PersonRole } from "@/lib/domain/people";
import type { AuditEventRow } from "@/lib/queries/audit";
import type { SubjectName } from "@/lib/queries/audit-subjects";
import { formatInZone, formatUtc, zoneAbbreviation } from "@/lib/time/format";
import { SUBJECT_PAGES } from "./subject-pages";

/** A name linked to its page when the viewer may open that page. */
function SubjectLink({ subject, roles }: { subject: SubjectName; roles: readonly PersonRole[] }) {
  const page = SUBJECT_PAGES[subject.linkTo.type];
  if (!page || !can(roles, page.view)) return <strong>{subject.name}</strong>;
  return <Link href={page.path(subject.linkTo.id)}>{subject.name}</Link>;
}

/**
 * One event as a sentence ("Ana Silva (ana@…) created a ceremony"), its time in the viewer's zone (UTC to
 * the millisecond on hover), its subject by name and a link to that subject's events, and its details as
 * labelled fields.
 */
export function EventItem({
  event: e,
  names,
  roles,
  timeZone,
}: {
  event: AuditEventRow;
  names: Map<string, SubjectName>;
  roles: readonly PersonRole[];
  timeZone: string;
}) {
  const actor = e.actorId ? names.get(subjectKey("person", e.actorId)) : undefined;
  const subject = e.subjectId ? names.get(subjectKey(e.subjectType, e.subjectId)) : undefined;
  const fields = summaryFields(e.summary);
  return (
    <li className="audit-event">
      <p className="audit-when">
        <time dateTime={e.occurredAt.toISOString()} title={formatUtc(e.occurredAt)}>
          {formatInZone(e.occurredAt, timeZone, "EEE d MMM yyyy, HH:mm:ss")}{" "}
          {zoneAbbreviation(e.occurredAt, timeZone)}
        </time>
        <span className="muted"> · event {e.id}</span>
      </p>
      <p className="audit-sentence">
        {actor ? <SubjectLink subject={actor} roles={roles} /> : <strong>{e.actorLabel}</strong>}
        {actor ? <span className="muted"> ({e.actorLabel})</span> : null} {actionWords(e.action)}{" "}
        <code className="audit-action">{e.action}</code>
      </p>
      <p className="audit-subject">
        <span className="muted">
          {subjectNoun(e.subjectType)}
          {e.subjectId ? ": " : null}
        </span>
        {subject ? <SubjectLink subject={subject} roles={roles} /> : null}
        {e.subjectId ? (
          <>
            {subject ? " " : <span className="mono">{e.subjectId} </span>}
            <Link href={`/audit?subject=${encodeURIComponent(e.subjectId)}`} className="audit-more">
              its events
            </Link>
          </>
        ) : null}
      </p>
      {fields.length > 0 ? (
        <dl className="audit-details">
          {fields.map((f) => (
            <div key={`${f.label}:${f.value}`}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {e.requestId ? <p className="muted audit-request">Request {e.requestId}</p> : null}
    </li>
  );
}
