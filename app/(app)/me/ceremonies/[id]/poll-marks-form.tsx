"use client";

import { ActionForm } from "@/app/components/manage/action-form";
import { useConflictValues, useFieldError, useFormId } from "@/app/components/manage/form-context";
import { ErrorText, Hidden, TextArea } from "@/app/components/manage/inputs";
import { POLL_MARK_WORDS, POLL_MARKS, type PollMark } from "@/lib/domain/quorum/poll";
import { markPollAction } from "../../actions";

export interface PollDateChoice {
  optionId: string;
  /** The start on the facility's clock and on the viewer's. */
  facilityTime: string;
  localTime: string;
  mark: PollMark | null;
}

function DateMarks({ date }: { date: PollDateChoice }) {
  const formId = useFormId();
  const name = `mark.${date.optionId}`;
  const error = useFieldError(name);
  const current = useConflictValues()?.marks as Record<string, string> | undefined;
  const chosen = current?.[date.optionId] ?? date.mark;
  return (
    <fieldset aria-describedby={error ? `${formId}-${name}-error` : undefined}>
      <legend>
        <strong>{date.facilityTime}</strong>
        {date.localTime !== date.facilityTime ? (
          <span className="muted"> (your time {date.localTime})</span>
        ) : null}
      </legend>
      <div className="choices">
        {POLL_MARKS.map((mark) => (
          <label key={mark}>
            <input type="radio" name={name} value={mark} defaultChecked={chosen === mark} />
            {POLL_MARK_WORDS[mark]}
          </label>
        ))}
      </div>
      <ErrorText id={`${formId}-${name}-error`} error={error} />
    </fieldset>
  );
}

/** One screen, one tap per date: yes, if need be or no on each candidate date, and a note. */
export function PollMarksForm({
  pollId,
  version,
  note,
  dates,
}: {
  pollId: string;
  version: number;
  note: string;
  dates: PollDateChoice[];
}) {
  return (
    <ActionForm id="poll-marks" action={markPollAction} submit="Save my marks" pendingLabel="Saving…">
      <div className="poll-marks">
        <Hidden name="pollId" value={pollId} />
        <Hidden name="version" value={version} />
        {dates.map((date) => (
          <DateMarks key={date.optionId} date={date} />
        ))}
        <TextArea name="note" label="Note on the dates (optional)" defaultValue={note} />
      </div>
    </ActionForm>
  );
}
