import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { isEditable } from "@/lib/domain/ceremony-lifecycle";
import { isCivilDate, isLocalTime } from "@/lib/time";
import { formatInZone, formatMeeting } from "@/lib/time/format";
import { loadPollPage } from "./load";
import { ChooseDateButton, OpenPollForm, WithdrawPollButton } from "./poll-forms";
import { PollDate, PollMatrix } from "./poll-matrix";

export const metadata: Metadata = { title: "Date poll" };

/** Dates handed over by the date finder (`?dates=2027-01-12,2027-01-14&time=10:00`), checked. */
function suggested(search: Record<string, string>) {
  const dates = (search.dates ?? "").split(",").filter(isCivilDate);
  return { dates, time: isLocalTime(search.time ?? "") ? (search.time as string) : null };
}

export default async function PollPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { actor, planning, record, outcomes, viewerZone } = await loadPollPage(params);
  const { ceremony, invitees } = planning;
  const manage = can(actor.roles, "ceremonies.manage") && isEditable(ceremony.status);
  const open = record?.poll.status === "open" ? record : null;
  const chosen = record?.options.find((o) => o.id === record.poll.chosenOptionId);
  const start = suggested(await searchParams);
  return (
    <main>
      <p>
        <Link href={`/ceremonies/${ceremony.id}`}>← {ceremony.label}</Link>
      </p>
      <h1>Date poll: {ceremony.label}</h1>
      <p>
        Now planned for{" "}
        <PollDate start={ceremony.startsAt} zone={ceremony.timeZone} viewerZone={viewerZone} /> at{" "}
        {ceremony.facility.name}. Each date below is judged as the ceremony itself would be: the marks count
        as answers, and travel rules and unavailability apply.
      </p>
      {record ? (
        <section className="panel" aria-labelledby="poll-heading">
          <h2 id="poll-heading">
            {open ? "Open poll" : record.poll.status === "decided" ? "Decided poll" : "Closed poll"}
          </h2>
          {chosen ? (
            <p className="badge ok">Chosen: {formatMeeting(chosen.startsAt, ceremony.timeZone)}</p>
          ) : null}
          {!open && !chosen ? <p>This poll was closed without choosing a date.</p> : null}
          <PollMatrix
            record={record}
            outcomes={outcomes}
            invitees={invitees}
            zone={ceremony.timeZone}
            viewerZone={viewerZone}
            choose={
              open && manage
                ? (o) =>
                    o.tooLate ? null : (
                      <ChooseDateButton
                        pollId={open.poll.id}
                        optionId={o.optionId}
                        label={formatMeeting(o.start, ceremony.timeZone)}
                      />
                    )
                : undefined
            }
          />
          {open && manage ? <WithdrawPollButton pollId={open.poll.id} ceremonyId={ceremony.id} /> : null}
        </section>
      ) : (
        <p className="panel">No poll yet for {ceremony.label}.</p>
      )}
      {manage && !open ? (
        invitees.length === 0 ? (
          <p className="panel">
            Invite people first: a poll asks the invitees.{" "}
            <Link href={`/ceremonies/${ceremony.id}/invite`}>Invite people</Link>
          </p>
        ) : (
          <section className="panel" aria-labelledby="new-poll">
            <h2 id="new-poll">Offer dates</h2>
            <p>
              Pick dates by hand, or take them from the{" "}
              <Link href={`/date-finder?ceremonyId=${ceremony.id}`}>date finder's ranking</Link>.
            </p>
            <OpenPollForm
              ceremonyId={ceremony.id}
              dates={start.dates}
              time={start.time ?? formatInZone(ceremony.startsAt, ceremony.timeZone, "HH:mm")}
            />
          </section>
        )
      ) : null}
    </main>
  );
}
