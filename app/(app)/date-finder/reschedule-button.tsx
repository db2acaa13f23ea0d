"use client";

import { BoundForm } from "@/app/components/manage/bound-form";
import { SubmitButton } from "@/app/components/manage/submit-button";
import { useFormAction } from "@/app/components/manage/use-form-action";
import { rescheduleAction } from "../ceremonies/actions";

/**
 * Moves the ceremony to this candidate date; the reason goes to the history and every invitee. The
 * browser asks for the reason before anything is sent; a refusal shows under the button. Plain hidden
 * inputs: on a conflict the candidate date must stay this row's, not follow the ceremony's current one.
 */
export function RescheduleButton(props: {
  id: string;
  version: number;
  facilityId: string;
  date: string;
  time: string;
  label: string;
}) {
  const binding = useFormAction();
  const { state } = binding;
  const key = `${props.date}-${props.facilityId}`;
  const reasonId = `reason-${key}`;
  return (
    <BoundForm id={`reschedule-${key}`} binding={binding} action={rescheduleAction} validate>
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="facilityId" value={props.facilityId} />
      <input type="hidden" name="date" value={props.date} />
      <input type="hidden" name="time" value={props.time} />
      <label htmlFor={reasonId} className="muted">
        Reason (sent to invitees)
      </label>
      <input
        id={reasonId}
        name="reason"
        required
        minLength={3}
        maxLength={500}
        placeholder="e.g. quorum short"
      />
      <SubmitButton label={`Reschedule ${props.label} here`} secondary />
      {state.status === "error" ? (
        <p className="field-error" role="alert">
          {[state.message, ...Object.values(state.fields)].join(" ")}
        </p>
      ) : null}
    </BoundForm>
  );
}
