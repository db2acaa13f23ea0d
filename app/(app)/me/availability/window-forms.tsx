"use client";

import { useActionState } from "react";
import { Field } from "@/app/components/form/field";
import { FormMessage } from "@/app/components/form/form-message";
import { IDLE } from "@/lib/actions/form-state";
import { addWindowAction, removeWindowAction } from "../actions";

export function AddWindowForm() {
  const [state, action, pending] = useActionState(addWindowAction, IDLE);
  const fields = state.status === "error" ? state.fields : {};
  return (
    <form action={action}>
      <FormMessage state={state} />
      <div className="filters">
        <Field name="from" label="First date" error={fields.from}>
          {(p) => <input {...p} type="date" required />}
        </Field>
        <Field name="to" label="Last date" error={fields.to}>
          {(p) => <input {...p} type="date" required />}
        </Field>
        <Field name="note" label="Note (optional)" error={fields.note}>
          {(p) => <input {...p} placeholder="e.g. conference" />}
        </Field>
        <div>
          <button type="submit" disabled={pending}>
            Add
          </button>
        </div>
      </div>
    </form>
  );
}

export function RemoveWindowButton({ id }: { id: string }) {
  const [state, action, pending] = useActionState(removeWindowAction, IDLE);
  return (
    <form action={action} style={{ display: "inline" }}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="secondary" disabled={pending}>
        Remove
      </button>
      {state.status === "error" ? <span className="field-error"> {state.message}</span> : null}
    </form>
  );
}
