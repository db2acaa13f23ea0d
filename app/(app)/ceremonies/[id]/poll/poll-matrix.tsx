import type { ReactNode } from "react";
import { ScrollRegion } from "@/app/components/scroll-region";
import { VerdictBadge } from "@/app/components/verdict-badge";
import { POLL_MARK_WORDS, type PollDateOutcome, requirementInWords } from "@/lib/domain/quorum";
import { words } from "@/lib/domain/words";
import type { PollRecord } from "@/lib/queries/planning/date-poll";
import type { InviteeRow } from "@/lib/queries/planning/load-quorum";
import { formatMeeting } from "@/lib/time/format";

/** A candidate start on the facility's clock, and on the viewer's where that reads differently. */
export function PollDate({
  start,
  zone,
  viewerZone,
}: {
  start: Date | number;
  zone: string;
  viewerZone: string;
}) {
  const facility = formatMeeting(start, zone);
  const viewer = formatMeeting(start, viewerZone);
  return (
    <>
      {facility}
      {viewer !== facility ? <span className="muted"> (your time {viewer})</span> : null}
    </>
  );
}

function DateVerdict({ outcome, names }: { outcome: PollDateOutcome; names: Map<string, string> }) {
  return (
    <>
      <VerdictBadge verdict={outcome.verdict} />
      {outcome.tooLate ? <p className="badge bad">Too late: after {outcome.tooLate.label}</p> : null}
      <ul className="plain">
        {outcome.requirements.map((r) => (
          <li key={requirementInWords(r)}>
            {requirementInWords(r)}: {r.confirmed} of {r.min} confirmed
            {r.possible > 0 ? `, ${r.possible} possible` : ""}
            {r.met ? `, margin +${r.margin}` : ""}
          </li>
        ))}
      </ul>
      {outcome.missing.length > 0 ? (
        <details>
          <summary>{outcome.missing.length} cannot be counted on</summary>
          <ul className="plain">
            {outcome.missing.map((m) => (
              <li key={m.personId}>
                {names.get(m.personId) ?? "Someone"}: {m.why}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

/**
 * People × dates: each invitee's mark on each date and their note, and under each date the verdict
 * from the marks (k of m per requirement, margin, who cannot be counted on); the best date stands out.
 */
export function PollMatrix({
  record,
  outcomes,
  invitees,
  zone,
  viewerZone,
  choose,
}: {
  record: PollRecord;
  outcomes: PollDateOutcome[];
  invitees: InviteeRow[];
  zone: string;
  viewerZone: string;
  /** The "choose this date" control for a date, while the poll is open. */
  choose?: (outcome: PollDateOutcome) => ReactNode;
}) {
  const names = new Map(invitees.map((i) => [i.personId, i.name]));
  const answered = invitees.filter((i) => record.answers.has(i.invitationId)).length;
  return (
    <>
      <p>
        {answered} of {invitees.length} invitees have marked the dates.
      </p>
      <ScrollRegion label="Marks by person and date">
        <table className="poll-matrix">
          <thead>
            <tr>
              <th scope="col">Invitee</th>
              {outcomes.map((o) => (
                <th scope="col" key={o.optionId} className={o.best ? "best" : undefined}>
                  {o.best ? <strong className="badge ok">Best date</strong> : null}{" "}
                  <PollDate start={o.start} zone={zone} viewerZone={viewerZone} />
                </th>
              ))}
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {invitees.map((invitee) => {
              const answer = record.answers.get(invitee.invitationId);
              return (
                <tr key={invitee.invitationId}>
                  <th scope="row">
                    {invitee.name}
                    <br />
                    <span className="muted">{invitee.roles.map(words).join(", ")}</span>
                  </th>
                  {outcomes.map((o) => {
                    const mark = answer?.marks.get(o.optionId);
                    return (
                      <td key={o.optionId} className={`mark ${mark ?? "none"}${o.best ? " best" : ""}`}>
                        {mark ? POLL_MARK_WORDS[mark] : "—"}
                      </td>
                    );
                  })}
                  <td>{answer?.note ?? ""}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Verdict from the marks</th>
              {outcomes.map((o) => (
                <td key={o.optionId} className={o.best ? "best" : undefined} data-testid="poll-verdict">
                  <DateVerdict outcome={o} names={names} />
                  {choose ? choose(o) : null}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </>
  );
}
