"use client";

import { Field } from "@/app/components/form/field";
import { ActionForm } from "@/app/components/manage/action-form";
import { ButtonForm } from "@/app/components/manage/button-form";
import { useFieldErrors } from "@/app/components/manage/form-context";
import { Hidden } from "@/app/components/manage/inputs";
import { SubmitButton } from "@/app/components/manage/submit-button";
import { addWindowAction, removeWindowAction } from "../actions";

export function AddWindowForm() {
  return (
    <ActionForm id="add-window" action={addWindowAction} validate resetOnOk>
      <WindowFields />
    </ActionForm>
  );
}

function WindowFields() {
  const fields = useFieldErrors();
  return (
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
        <SubmitButton label="Add" />
      </div>
    </div>
  );
}

export function RemoveWindowButton({ id }: { id: string }) {
  return (
    <ButtonForm id={`remove-window-${id}`} action={removeWindowAction} label="Remove">
      <Hidden name="id" value={id} />
    </ButtonForm>
  );
}
