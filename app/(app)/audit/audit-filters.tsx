import Link from "next/link";
import type { ReactNode } from "react";
import { ACTION_CHOICES } from "@/lib/domain/audit/action-words";
import { SUBJECT_CHOICES, subjectNoun } from "@/lib/domain/audit/subject-nouns";

/** The action choices grouped by what they concern, each group led by "any action on …". */
const ACTION_GROUPS = (() => {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const c of ACTION_CHOICES) {
    const prefix = c.value.slice(0, c.value.indexOf("."));
    groups.set(prefix, [...(groups.get(prefix) ?? []), c]);
  }
  return [...groups].sort(([a], [b]) => subjectNoun(a).localeCompare(subjectNoun(b), "en"));
})();

const prefixNoun = (prefix: string) =>
  prefix === "auth" ? "Sign-in and access" : prefix === "document" ? "KSR/SKR document" : subjectNoun(prefix);

/**
 * The audit filters (GET, so a filtered view is a link to share): action by group or exact, actor,
 * subject kind (or the one subject a row's "its events" chose), and a date range in the viewer's zone.
 */
export function AuditFilters({
  values,
  fields,
  timeZone,
  subjectName,
}: {
  values: Record<string, string>;
  fields: Record<string, string>;
  timeZone: string;
  subjectName?: string;
}) {
  const subject = values.subject ?? "";
  const oneSubject = subject !== "" && !SUBJECT_CHOICES.some((c) => c.value === subject);
  // The attributes every filter control shares: its name, value, and its error when it has one.
  const control = (name: string) => ({
    id: `f-${name}`,
    name,
    defaultValue: values[name] ?? "",
    "aria-invalid": fields[name] ? true : undefined,
    "aria-describedby": fields[name] ? `f-${name}-error` : undefined,
  });
  const field = (name: string, label: string, input: ReactNode) => (
    <div>
      <label htmlFor={`f-${name}`}>{label}</label>
      {input}
      {fields[name] ? (
        <p className="field-error" id={`f-${name}-error`}>
          {fields[name]}
        </p>
      ) : null}
    </div>
  );
  return (
    <form className="panel filters" method="get" aria-label="Filter events">
      {field(
        "action",
        "Action",
        <select {...control("action")}>
          <option value="">Any action</option>
          {ACTION_GROUPS.map(([prefix, choices]) => (
            <optgroup key={prefix} label={prefixNoun(prefix)}>
              <option value={`${prefix}.`}>Any: {prefixNoun(prefix).toLowerCase()}</option>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>,
      )}
      {field("actor", "Actor (name or email contains)", <input {...control("actor")} />)}
      {field(
        "subject",
        "Subject",
        <select {...control("subject")}>
          <option value="">Any subject</option>
          {oneSubject ? <option value={subject}>This one: {subjectName ?? subject}</option> : null}
          {SUBJECT_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>,
      )}
      {field("from", `From (${timeZone})`, <input type="date" {...control("from")} />)}
      {field("to", `To, inclusive (${timeZone})`, <input type="date" {...control("to")} />)}
      <div className="filter-buttons">
        <button type="submit">Filter</button> <Link href="/audit">Clear</Link>
      </div>
    </form>
  );
}
