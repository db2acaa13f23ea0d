"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/form-state";
import { rescheduleAction } from "../ceremonies/actions";

/** Moves the ceremony to this candidate date; the reason goes to the history and every invitee. */
export function RescheduleButton(props: {
  id: string;
  version: number;
  facilityId: string;
  date: string;
  time: string;
  label: string;
}) {
  const [state, action, pending] = useActionState(rescheduleAction, IDLE);
  const reasonId = `reason-${props.date}-${props.facilityId}`;
  return (
    <form action={action} className="reschedule">
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
      <button type="submit" className="secondary" disabled={pending}>
        Reschedule {props.label} here
      </button>
      {state.status === "error" ? (
        <p className="field-error" role="alert">
          {[state.message, ...Object.values(state.fields)].join(" ")}
        </p>
      ) : null}
    </form>
  );
}
