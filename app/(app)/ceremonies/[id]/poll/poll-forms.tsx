"use client";

import { ActionForm } from "@/app/components/manage/action-form";
import { ButtonForm } from "@/app/components/manage/button-form";
import { Hidden, TextInput } from "@/app/components/manage/inputs";
import { POLL_MAX_DATES } from "@/lib/domain/quorum/poll";
import { choosePollDateAction, openPollAction, withdrawPollAction } from "../../actions";

/** Up to eight candidate dates at the facility, each with its start time; blank rows are left out. */
export function OpenPollForm({
  ceremonyId,
  dates,
  time,
}: {
  ceremonyId: string;
  /** Dates to start from (from the date finder's ranking), facility-local. */
  dates: readonly string[];
  time: string;
}) {
  return (
    <ActionForm
      id="open-poll"
      action={openPollAction}
      submit="Open the poll and ask the invitees"
      pendingLabel="Opening…"
    >
      <Hidden name="ceremonyId" value={ceremonyId} />
      <p className="muted">
        Dates and times are the facility's. Offer 2 to {POLL_MAX_DATES}; leave the rest blank.
      </p>
      {Array.from({ length: POLL_MAX_DATES }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the rows are fixed slots
        <div className="row" key={index}>
          <TextInput
            name={`date.${index}`}
            label={`Date ${index + 1}`}
            type="date"
            defaultValue={dates[index] ?? ""}
          />
          <TextInput name={`time.${index}`} label="Start time" type="time" defaultValue={time} />
        </div>
      ))}
    </ActionForm>
  );
}

export function ChooseDateButton({
  pollId,
  optionId,
  label,
}: {
  pollId: string;
  optionId: string;
  label: string;
}) {
  return (
    <ButtonForm
      id={`choose-${optionId}`}
      action={choosePollDateAction}
      label="Choose this date"
      aria-label={`Choose ${label}`}
    >
      <Hidden name="pollId" value={pollId} />
      <Hidden name="optionId" value={optionId} />
    </ButtonForm>
  );
}

export function WithdrawPollButton({ pollId, ceremonyId }: { pollId: string; ceremonyId: string }) {
  return (
    <ButtonForm id="withdraw-poll" action={withdrawPollAction} label="Close the poll without a date">
      <Hidden name="pollId" value={pollId} />
      <Hidden name="ceremonyId" value={ceremonyId} />
    </ButtonForm>
  );
}
