"use client";

import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { FormAction, FormState } from "@/lib/actions/form-state";
import { FormContext } from "./form-context";
import { NoteList } from "./notes";
import { SubmitButton } from "./submit-button";
import { unshownFieldErrors } from "./unshown-field-errors";
import type { FormBinding } from "./use-form-action";

/**
 * The server's field errors that no field on the page shows (a field the form does not render, a row of
 * an uploaded file), listed under the form's message so a refusal never points at nothing. It reads the
 * page once the fields have rendered their own errors; forms sharing one answer look at each other's.
 */
function UnshownFieldErrors({ state }: { state: FormState }) {
  const [unshown, setUnshown] = useState<string[]>([]);
  useLayoutEffect(() => {
    const shown = [...document.querySelectorAll(".field-error")].map((element) => element.textContent ?? "");
    setUnshown(state.status === "error" ? unshownFieldErrors(state.fields, shown) : []);
  }, [state]);
  return <NoteList kind="bad" items={unshown} />;
}

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
        <UnshownFieldErrors state={state} />
        {children}
        {submit ? <SubmitButton label={submit} pendingLabel={pendingLabel} secondary={secondary} /> : null}
      </FormContext>
    </form>
  );
}
