"use client";

import { useActionState } from "react";
import { Field } from "@/app/components/form/field";
import { FormMessage } from "@/app/components/form/form-message";
import { IDLE } from "@/lib/actions/form-state";
import { respondAction } from "../../actions";

const CHOICES = [
  { value: "attending", label: "I will attend" },
  { value: "if_need_be", label: "If need be" },
  { value: "remote_only", label: "Remote only" },
  { value: "declined", label: "I cannot attend" },
] as const;

export interface MyAnswer {
  invitationId: string;
  version: number;
  response: string;
  note: string;
  travelOrigin: string;
}

/** Big touch targets: a TCR answers from a phone in a minute. */
export function RespondForm({ answer }: { answer: MyAnswer }) {
  const [state, action, pending] = useActionState(respondAction, IDLE);
  const fields = state.status === "error" ? state.fields : {};
  const current = state.status === "error" && state.code === "conflict" ? (state.current as MyAnswer) : null;
  const values = current ? { ...answer, ...current } : answer;
  return (
    <form action={action} key={values.version}>
      <FormMessage state={state} />
      <input type="hidden" name="invitationId" value={values.invitationId} />
      <input type="hidden" name="version" value={values.version} />
      <fieldset style={{ border: 0, padding: 0, margin: "0 0 1rem" }}>
        <legend style={{ fontWeight: 600, marginBottom: "0.5rem" }}>Your answer</legend>
        {CHOICES.map((c) => (
          <label
            key={c.value}
            style={{
              display: "flex",
              gap: "0.6rem",
              alignItems: "center",
              padding: "0.6rem",
              border: "1px solid var(--line)",
              borderRadius: 6,
              marginBottom: "0.4rem",
              fontWeight: 500,
            }}
          >
            <input
              type="radio"
              name="response"
              value={c.value}
              defaultChecked={values.response === c.value}
              style={{ width: "auto" }}
              required
            />
            {c.label}
          </label>
        ))}
        {fields.response ? <p className="field-error">{fields.response}</p> : null}
      </fieldset>
      <Field
        name="travelOrigin"
        label="Travelling from (country code)"
        error={fields.travelOrigin}
        hint="Only if not from your home country, e.g. GB."
      >
        {(p) => (
          <input
            {...p}
            defaultValue={values.travelOrigin}
            maxLength={2}
            autoCapitalize="characters"
            style={{ maxWidth: "6rem" }}
          />
        )}
      </Field>
      <Field name="note" label="Note for the coordinators (optional)" error={fields.note}>
        {(p) => <textarea {...p} rows={3} defaultValue={values.note} />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save my answer"}
      </button>
    </form>
  );
}
