import Link from "next/link";
import { ACTION_CHOICES } from "@/lib/domain/audit/action-words";
import { SUBJECT_CHOICES, subjectNoun } from "@/lib/domain/audit/subject-kinds";

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
  const error = (name: string) =>
    fields[name] ? (
      <p className="field-error" id={`f-${name}-error`}>
        {fields[name]}
      </p>
    ) : null;
  const described = (name: string) => (fields[name] ? `f-${name}-error` : undefined);
  return (
    <form className="panel filters" method="get" aria-label="Filter events">
      <div>
        <label htmlFor="f-action">Action</label>
        <select
          id="f-action"
          name="action"
          defaultValue={values.action ?? ""}
          aria-describedby={described("action")}
        >
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
        </select>
        {error("action")}
      </div>
      <div>
        <label htmlFor="f-actor">Actor (name or email contains)</label>
        <input
          id="f-actor"
          name="actor"
          defaultValue={values.actor ?? ""}
          aria-describedby={described("actor")}
        />
        {error("actor")}
      </div>
      <div>
        <label htmlFor="f-subject">Subject</label>
        <select id="f-subject" name="subject" defaultValue={subject} aria-describedby={described("subject")}>
          <option value="">Any subject</option>
          {oneSubject ? <option value={subject}>This one: {subjectName ?? subject}</option> : null}
          {SUBJECT_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        {error("subject")}
      </div>
      <div>
        <label htmlFor="f-from">From ({timeZone})</label>
        <input
          id="f-from"
          name="from"
          type="date"
          defaultValue={values.from ?? ""}
          aria-describedby={described("from")}
        />
        {error("from")}
      </div>
      <div>
        <label htmlFor="f-to">To, inclusive ({timeZone})</label>
        <input
          id="f-to"
          name="to"
          type="date"
          defaultValue={values.to ?? ""}
          aria-describedby={described("to")}
        />
        {error("to")}
      </div>
      <div className="filter-buttons">
        <button type="submit">Filter</button> <Link href="/audit">Clear</Link>
      </div>
    </form>
  );
}
