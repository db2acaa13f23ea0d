import type { PollRecord } from "@/lib/queries/planning/date-poll";
import { formatMeeting } from "@/lib/time/format";
import { PollMarksForm } from "./poll-marks-form";

/**
 * The invitee's part of a date poll: while it is open, their marks on every date (changeable until a
 * date is chosen); once decided, the chosen date. Nothing when the ceremony never had a poll.
 */
export function PollSection({
  poll,
  invitationId,
  zone,
  viewerZone,
}: {
  poll: PollRecord | null;
  invitationId: string;
  zone: string;
  viewerZone: string;
}) {
  if (!poll || poll.poll.status === "withdrawn") return null;
  const mine = poll.answers.get(invitationId);
  const chosen = poll.options.find((o) => o.id === poll.poll.chosenOptionId);
  return (
    <section className="panel" aria-labelledby="poll-heading" id="poll">
      <h2 id="poll-heading">{chosen ? "Date poll: decided" : "Which dates suit you?"}</h2>
      {chosen ? (
        <p>
          The date was chosen from everyone's marks: <strong>{formatMeeting(chosen.startsAt, zone)}</strong>.
          {mine?.marks.get(chosen.id) ? " Your mark for it is now your answer above." : ""}
        </p>
      ) : (
        <>
          <p>
            Mark each date. The coordinators choose the date from everyone's marks; you can change yours until
            then.
          </p>
          <PollMarksForm
            pollId={poll.poll.id}
            version={mine?.version ?? 0}
            note={mine?.note ?? ""}
            dates={poll.options.map((o) => ({
              optionId: o.id,
              facilityTime: formatMeeting(o.startsAt, zone),
              localTime: formatMeeting(o.startsAt, viewerZone),
              mark: mine?.marks.get(o.id) ?? null,
            }))}
          />
        </>
      )}
    </section>
  );
}
