import { ScrollRegion } from "@/app/components/scroll-region";
import { countryName } from "@/lib/domain/quorum/country-names";
import { answerInWords } from "@/lib/domain/quorum/vocabulary";
import { words } from "@/lib/domain/words";
import type { CeremonyPageData } from "@/lib/queries/planning/ceremony-page";

const STATUS_TONE = { confirmed: "ok", possible: "warn", cannot_attend: "bad" } as const;

/** Who is invited, their answer, whether they can attend and why not. Notes only when `showPrivate`. */
export function Roster({
  roster,
  showPrivate,
}: {
  roster: CeremonyPageData["roster"];
  showPrivate: boolean;
}) {
  if (roster.length === 0)
    return <p className="empty">Nobody is invited yet. Invite people from the list below.</p>;
  return (
    <ScrollRegion label="Invitees">
      <table data-testid="roster">
        <thead>
          <tr>
            <th>Person</th>
            <th>Answer</th>
            <th>Can attend</th>
            {showPrivate ? <th>Travel and note</th> : null}
          </tr>
        </thead>
        <tbody>
          {roster.map((r) => (
            <tr key={r.invitationId} data-testid={`roster-${r.email}`}>
              <td>
                {r.name}
                <div className="muted">{r.roles.map(words).join(", ")}</div>
              </td>
              <td>{answerInWords(r.response, r.previousResponse)}</td>
              <td>
                {r.outcome ? (
                  <span className={`badge ${STATUS_TONE[r.outcome.status]}`}>{words(r.outcome.status)}</span>
                ) : null}
                {r.fills ? <div className="muted">fills {r.fills}</div> : null}
                <ul style={{ margin: "0.25rem 0 0", paddingLeft: "1.1rem" }}>
                  {(r.outcome?.reasons ?? []).map((reason) => (
                    <li key={reason.message}>{reason.message}</li>
                  ))}
                </ul>
              </td>
              {showPrivate ? (
                <td>
                  From {countryName(r.travelOrigin ?? r.homeCountry)}
                  {r.travelOrigin ? (
                    <span className="muted"> (home {countryName(r.homeCountry)})</span>
                  ) : null}
                  {r.note ? <div className="muted">“{r.note}”</div> : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
