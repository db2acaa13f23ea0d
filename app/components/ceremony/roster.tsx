import Link from "next/link";
import { ScrollRegion } from "@/app/components/scroll-region";
import { countryName } from "@/lib/domain/quorum/country-names";
import { ROSTER_PAGE_SIZE, type RosterPage } from "@/lib/domain/quorum/roster-page";
import { answerInWords } from "@/lib/domain/quorum/vocabulary";
import { words } from "@/lib/domain/words";
import type { CeremonyPageData } from "@/lib/queries/planning/ceremony-page";

const STATUS_TONE = { confirmed: "ok", possible: "warn", cannot_attend: "bad" } as const;

type Line = CeremonyPageData["roster"][number];

/** "Invitees 16–30 of 50" with links to the pages around it and to every line at once. */
function RosterPager({
  page,
  total,
  href,
}: {
  page: RosterPage<Line>;
  total: number;
  href: (p: string) => string;
}) {
  if (page.pages === 1 && page.rows.length === total && total <= ROSTER_PAGE_SIZE) return null;
  return (
    <nav className="roster-pager no-print" aria-label="Roster pages">
      <span>
        Invitees {page.first}–{page.last} of {total}
      </span>
      {page.page > 1 ? <Link href={href(String(page.page - 1))}>← Previous</Link> : null}
      {page.page < page.pages ? <Link href={href(String(page.page + 1))}>Next →</Link> : null}
      {page.pages > 1 ? (
        <Link href={href("all")}>Show all {total}</Link>
      ) : (
        <Link href={href("1")}>Show in pages</Link>
      )}
    </nav>
  );
}

/**
 * Who is invited, their answer, whether they can attend and why not, a page at a time with those who need
 * attention first. Travel and notes only when `showPrivate`.
 */
export function Roster({
  page,
  total,
  href,
  showPrivate,
}: {
  page: RosterPage<Line>;
  total: number;
  /** The link to another roster page ("2", "all"), keeping the rest of the page's query. */
  href: (roster: string) => string;
  showPrivate: boolean;
}) {
  if (total === 0) return <p className="empty">Nobody is invited yet. Invite people from the list below.</p>;
  const roster = page.rows;
  return (
    <>
      <p className="muted">
        {page.attention === 0
          ? "Everyone invited is confirmed."
          : `${page.attention} of ${total} need attention and are listed first.`}
      </p>
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
                    <span className={`badge ${STATUS_TONE[r.outcome.status]}`}>
                      {words(r.outcome.status)}
                    </span>
                  ) : null}
                  {r.fills ? <div className="muted">fills {r.fills}</div> : null}
                  <ul className="reasons">
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
      <RosterPager page={page} total={total} href={href} />
    </>
  );
}
