"use client";

import { Field } from "@/app/components/form/field";
import { ActionForm } from "@/app/components/manage/action-form";
import { useFieldErrors } from "@/app/components/manage/form-context";
import { Hidden } from "@/app/components/manage/inputs";
import { SubmitButton } from "@/app/components/manage/submit-button";
import { transitionCeremonyAction } from "../actions";

type Option = { to: string; verb: string };

/** Moves the ceremony to one of the statuses its lifecycle allows, with a reason for the history. */
export function TransitionForm({ id, version, options }: { id: string; version: number; options: Option[] }) {
  if (options.length === 0)
    return <p className="muted">This ceremony is final: its status no longer changes.</p>;
  return (
    <ActionForm id="transition" action={transitionCeremonyAction} resetOnOk>
      <Hidden name="id" value={id} />
      <Hidden name="version" value={version} />
      <TransitionFields options={options} />
    </ActionForm>
  );
}

function TransitionFields({ options }: { options: Option[] }) {
  const fields = useFieldErrors();
  return (
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
        <SubmitButton label="Change status" />
      </div>
    </div>
  );
}
