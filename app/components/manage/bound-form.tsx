"use client";

import { type ReactNode, useEffect, useRef } from "react";
import type { FormAction } from "@/lib/actions/form-state";
import { FormContext } from "./form-context";
import { SubmitButton } from "./submit-button";
import type { FormBinding } from "./use-form-action";

/**
 * A form posting to `action` through `binding` (see useFormAction), showing `outcome` above its fields.
 * Without `submit` the children place their own SubmitButton. `validate` lets the browser check
 * required fields and ranges before anything is sent; `resetOnOk` clears the form after a successful add.
 */
export function BoundForm({
  id,
  binding,
  action,
  outcome,
  children,
  submit,
  pendingLabel,
  secondary = false,
  validate = false,
  inline = false,
  resetOnOk = false,
}: {
  id: string;
  binding: FormBinding;
  action: FormAction;
  outcome?: ReactNode;
  children?: ReactNode;
  submit?: string;
  pendingLabel?: string;
  secondary?: boolean;
  validate?: boolean;
  inline?: boolean;
  resetOnOk?: boolean;
}) {
  const { state, pending, submitTo } = binding;
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (resetOnOk && state.status === "ok") ref.current?.reset();
  }, [state, resetOnOk]);
  return (
    <form
      ref={ref}
      id={id}
      noValidate={!validate}
      style={inline ? { display: "inline" } : undefined}
      onSubmit={submitTo(action)}
    >
      <FormContext value={{ id, state, pending }}>
        {outcome}
        {children}
        {submit ? <SubmitButton label={submit} pendingLabel={pendingLabel} secondary={secondary} /> : null}
      </FormContext>
    </form>
  );
}
