"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/form-state";
import { rescheduleAction } from "../ceremonies/actions";

export function RescheduleButton(props: {
  id: string;
  version: number;
  facilityId: string;
  date: string;
  time: string;
  label: string;
}) {
  const [state, action, pending] = useActionState(rescheduleAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="facilityId" value={props.facilityId} />
      <input type="hidden" name="date" value={props.date} />
      <input type="hidden" name="time" value={props.time} />
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
