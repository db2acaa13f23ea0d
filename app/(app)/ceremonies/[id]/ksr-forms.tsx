"use client";

import { useActionState } from "react";
import { CHANNEL_LABELS } from "@/app/components/ceremony/verification-channels";
import { Field } from "@/app/components/form/field";
import { FormMessage } from "@/app/components/form/form-message";
import { IDLE } from "@/lib/actions/form-state";
import { VERIFICATION_CHANNELS } from "@/lib/domain/vocabulary";
import { linkKsrAction, verifyKsrAction } from "../actions";

/** Chooses the KSR the ceremony will sign (or none). */
export function LinkKsrForm({
  ceremonyId,
  current,
  choices,
}: {
  ceremonyId: string;
  current: string | null;
  choices: { id: string; label: string }[];
}) {
  const [state, action, pending] = useActionState(linkKsrAction, IDLE);
  const fields = state.status === "error" ? state.fields : {};
  if (choices.length === 0) return null;
  return (
    <form action={action} noValidate className="no-print">
      <FormMessage state={state} />
      <input type="hidden" name="ceremonyId" value={ceremonyId} />
      <div className="filters">
        <Field name="documentId" label="KSR this ceremony signs" error={fields.documentId}>
          {(p) => (
            <select {...p} defaultValue={current ?? ""}>
              <option value="">None</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div>
          <button type="submit" disabled={pending}>
            Save KSR
          </button>
        </div>
      </div>
    </form>
  );
}

/** Records who confirmed the hash, how and when; the time is in the recorder's own zone. */
export function VerifyKsrForm({
  ceremonyId,
  documentId,
  zone,
}: {
  ceremonyId: string;
  documentId: string;
  zone: string;
}) {
  const [state, action, pending] = useActionState(verifyKsrAction, IDLE);
  const fields = state.status === "error" ? state.fields : {};
  return (
    <details className="no-print" open={state.status === "error"}>
      <summary>Record a verification</summary>
      <form action={action} noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="ceremonyId" value={ceremonyId} />
        <input type="hidden" name="documentId" value={documentId} />
        <Field name="confirmedBy" label="Confirmed by (name and organisation)" error={fields.confirmedBy}>
          {(p) => <input {...p} autoComplete="off" placeholder="e.g. A. Operator, ZSK operator" />}
        </Field>
        <Field name="channel" label="Channel" error={fields.channel}>
          {(p) => (
            <select {...p} defaultValue="phone">
              {VERIFICATION_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="filters">
          <Field name="date" label={`Date (${zone})`} error={fields.date}>
            {(p) => <input {...p} type="date" />}
          </Field>
          <Field name="time" label="Time" error={fields.time}>
            {(p) => <input {...p} type="time" />}
          </Field>
        </div>
        <Field name="note" label="Note (optional)" error={fields.note}>
          {(p) => <input {...p} maxLength={500} />}
        </Field>
        <div className="field">
          <label>
            <input type="checkbox" name="matched" /> Every word matched what the producer read back
          </label>
          {fields.matched ? <p className="field-error">{fields.matched}</p> : null}
        </div>
        <button type="submit" disabled={pending}>
          Record verification
        </button>
      </form>
    </details>
  );
}
