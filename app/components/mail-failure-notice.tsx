import type { recentSignInFailures } from "@/lib/queries/mail-failures";

type Failures = Awaited<ReturnType<typeof recentSignInFailures>>;

/** "Sign-in links to 2 people could not be sent": the mail provider needs a look, and they cannot get in. */
export function MailFailureNotice({ failures }: { failures: Failures }) {
  if (failures.length === 0) return null;
  const people = [...new Set(failures.map((f) => f.to))];
  return (
    <section
      className="contingency-banner no-print"
      aria-label="Mail that could not be sent"
      data-testid="mail-failure-notice"
    >
      <strong>
        Sign-in links to {people.length} {people.length === 1 ? "person" : "people"} could not be sent in the
        last day
      </strong>{" "}
      ({people.slice(0, 3).join(", ")}
      {people.length > 3 ? `, and ${people.length - 3} more` : ""}): the mail provider refused or did not
      answer
      {failures[0]?.error ? ` (last error: ${failures[0].error})` : ""}. Check its status and the metric
      ceremony_desk_email_failed_total.
    </section>
  );
}
