"use client";

import { type ReactNode, startTransition, useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/app/components/form/form-message";
import type { FormAction, FormState } from "@/lib/actions/form-state";
import { IDLE } from "@/lib/actions/form-state";
import { FormContext } from "./form-context";
import { ConflictValues, NoteList } from "./notes";

/**
 * A form posting to a server action: the server's answer shows on the fields, a conflict shows the
 * current values. Submitting in a transition (not `<form action>`) keeps what was typed when the server
 * refuses it; `resetOnOk` clears the form after a successful add.
 */
export function ActionForm({
  id,
  action,
  submit,
  children,
  resetOnOk = false,
  listFieldErrors = false,
  secondary = false,
}: {
  id: string;
  action: FormAction;
  submit: string;
  children: ReactNode;
  resetOnOk?: boolean;
  listFieldErrors?: boolean;
  secondary?: boolean;
}) {
  const [state, dispatch, pending] = useActionState<FormState, FormData>(action, IDLE);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (resetOnOk && state.status === "ok") ref.current?.reset();
  }, [state, resetOnOk]);
  return (
    <form
      ref={ref}
      id={id}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => dispatch(data));
      }}
    >
      <FormMessage state={state} />
      {state.status === "error" && listFieldErrors ? (
        <NoteList kind="bad" items={Object.entries(state.fields).map(([key, text]) => `${key}: ${text}`)} />
      ) : null}
      <NoteList kind="warn" items={state.warnings ?? []} />
      <NoteList kind="ok" items={state.details ?? []} />
      <FormContext value={{ id, state }}>
        <ConflictValues />
        {children}
      </FormContext>
      <button type="submit" className={secondary ? "secondary" : undefined} disabled={pending}>
        {pending ? "Saving…" : submit}
      </button>
    </form>
  );
}
