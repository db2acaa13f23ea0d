"use client";

import type { ReactNode } from "react";
import type { FormAction } from "@/lib/actions/form-state";
import { BoundForm } from "./bound-form";
import { SubmitButton } from "./submit-button";
import { useFormAction } from "./use-form-action";

/** A one-button form inside a line or a table row (remove, revoke): a refusal shows beside the button. */
export function ButtonForm({
  id,
  action,
  label,
  "aria-label": ariaLabel,
  children,
}: {
  id: string;
  action: FormAction;
  label: string;
  "aria-label"?: string;
  children: ReactNode;
}) {
  const binding = useFormAction();
  const { state } = binding;
  return (
    <BoundForm id={id} binding={binding} action={action} inline>
      {children}
      <SubmitButton label={label} secondary aria-label={ariaLabel} />
      {state.status === "error" ? <span className="field-error"> {state.message}</span> : null}
    </BoundForm>
  );
}
