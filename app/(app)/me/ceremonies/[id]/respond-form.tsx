"use client";

import { CountryPicker } from "@/app/components/form/country-picker";
import { Field } from "@/app/components/form/field";
import { FormMessage } from "@/app/components/form/form-message";
import { BoundForm } from "@/app/components/manage/bound-form";
import { useFieldErrors } from "@/app/components/manage/form-context";
import { SubmitButton } from "@/app/components/manage/submit-button";
import { useFormAction } from "@/app/components/manage/use-form-action";
import { ANSWER_WORDS, ANSWERS } from "@/lib/domain/quorum/vocabulary";
import { respondAction } from "../../actions";

const CHOICES = ANSWERS.map((value) => ({ value, label: ANSWER_WORDS[value] }));

export interface MyAnswer {
  invitationId: string;
  version: number;
  response: string;
  note: string;
  travelOrigin: string;
}

/** The answer given for the ceremony's earlier date, waiting to be re-confirmed after a move. */
export interface PreviousAnswer {
  response: string;
  words: string;
}

/**
 * Big touch targets: a TCR answers from a phone in a minute. After a move, one tap confirms the answer
 * given for the old date; both forms share one result message.
 */
export function RespondForm({ answer, previous }: { answer: MyAnswer; previous: PreviousAnswer | null }) {
  const binding = useFormAction();
  const { state } = binding;
  const current = state.status === "error" && state.code === "conflict" ? (state.current as MyAnswer) : null;
  const values = current ? { ...answer, ...current } : answer;
  // Keyed by version: the inputs are uncontrolled, so a conflict's values load only when they remount.
  return (
    <>
      <FormMessage state={state} />
      {previous ? (
        <BoundForm id="reconfirm" key={`again-${values.version}`} binding={binding} action={respondAction}>
          <p>
            The ceremony moved. You had answered <strong>{previous.words}</strong> for the old date; it no
            longer counts until you confirm it.
          </p>
          <input type="hidden" name="invitationId" value={values.invitationId} />
          <input type="hidden" name="version" value={values.version} />
          <input type="hidden" name="response" value={previous.response} />
          <input type="hidden" name="note" value={values.note} />
          <input type="hidden" name="travelOrigin" value={values.travelOrigin} />
          <SubmitButton label={`Still works for me (${previous.words})`} pendingLabel="Saving…" />
          <p className="muted">Or give a new answer below.</p>
        </BoundForm>
      ) : null}
      <BoundForm
        id="respond"
        key={values.version}
        binding={binding}
        action={respondAction}
        submit="Save my answer"
        pendingLabel="Saving…"
        validate
      >
        <input type="hidden" name="invitationId" value={values.invitationId} />
        <input type="hidden" name="version" value={values.version} />
        <RespondFields values={values} />
      </BoundForm>
    </>
  );
}

function RespondFields({ values }: { values: MyAnswer }) {
  const fields = useFieldErrors();
  return (
    <>
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
        label="Travelling from"
        error={fields.travelOrigin}
        hint="Only if not from your home country: type to pick, e.g. Singapore."
      >
        {(p) => <CountryPicker field={p} code={values.travelOrigin} />}
      </Field>
      <Field name="note" label="Note for the coordinators (optional)" error={fields.note}>
        {(p) => <textarea {...p} rows={3} defaultValue={values.note} />}
      </Field>
    </>
  );
}
