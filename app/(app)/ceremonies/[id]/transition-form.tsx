"use client";

import { useActionState } from "react";
import { Field } from "@/app/components/form/field";
import { FormMessage } from "@/app/components/form/form-message";
import { IDLE } from "@/lib/actions/form-state";
import { transitionCeremonyAction } from "../actions";

/** Moves the ceremony to one of the statuses its lifecycle allows, with a reason for the history. */
export function TransitionForm({
  id,
  version,
  options,
}: {
  id: string;
  version: number;
  options: { to: string; verb: string }[];
}) {
  const [state, action, pending] = useActionState(transitionCeremonyAction, IDLE);
  const fields = state.status === "error" ? state.fields : {};
  if (options.length === 0)
    return <p className="muted">This ceremony is final: its status no longer changes.</p>;
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="filters">
        <Field name="to" label="New status" error={fields.to}>
          {(p) => (
            <select {...p}>
              {options.map((o) => (
                <option key={o.to} value={o.to}>
                  {o.verb}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="reason" label="Reason" error={fields.reason}>
          {(p) => <input {...p} required placeholder="e.g. the safe would not open" />}
        </Field>
        <div>
          <button type="submit" disabled={pending}>
            Change status
          </button>
        </div>
      </div>
    </form>
  );
}
