import type { ReactNode } from "react";
import { RESPONSE_WORDS } from "@/lib/domain/quorum/vocabulary";
import type { CeremonyPageData } from "@/lib/queries/planning/ceremony-page";
import { formatMeeting } from "@/lib/time/format";

/** Names listed here at most; the roster lists everyone who owes an answer first anyway. */
const SHOWN = 10;

/**
 * Who still owes an answer: never answered, or answered for an earlier date and must re-confirm. A long
 * list names the first ten and counts the rest, who lead the roster below.
 */
export function NotAnswered({
  roster,
  viewerZone,
  remind,
}: {
  roster: CeremonyPageData["roster"];
  viewerZone: string;
  /** The "remind now" form, for those who may send it. */
  remind?: ReactNode;
}) {
  const open = roster.filter((r) => r.response === "no_answer");
  if (roster.length === 0) return null;
  if (open.length === 0) return <p data-testid="not-answered">Everyone invited has answered.</p>;
  return (
    <div data-testid="not-answered">
      <p>
        <strong>
          {open.length} of {roster.length}
        </strong>{" "}
        invited {open.length === 1 ? "owes" : "owe"} an answer:
      </p>
      <ul>
        {open.slice(0, SHOWN).map((r) => (
          <li key={r.invitationId} data-testid={`not-answered-${r.email}`}>
            {r.name}:{" "}
            {r.previousResponse
              ? `must re-confirm after the move (answered ${RESPONSE_WORDS[r.previousResponse]} for the old date)`
              : "not answered"}
            <span className="muted"> · invited {formatMeeting(r.invitedAt, viewerZone)}</span>
          </li>
        ))}
      </ul>
      {open.length > SHOWN ? (
        <p className="muted">…and {open.length - SHOWN} more, listed first in the roster below.</p>
      ) : null}
      {remind}
    </div>
  );
}
