"use client";

import type { ReactNode } from "react";
import { FormMessage } from "@/app/components/form/form-message";
import type { FormAction, FormState } from "@/lib/actions/form-state";
import { BoundForm } from "./bound-form";
import { ConflictValues, NoteList } from "./notes";
import { useFormAction } from "./use-form-action";

/** What a form shows of the server's answer: the message, notes, and the current values on a conflict. */
function Outcome({ state }: { state: FormState }) {
  return (
    <>
      <FormMessage state={state} />
      <NoteList kind="warn" items={state.warnings ?? []} />
      <NoteList kind="ok" items={state.details ?? []} />
      <ConflictValues />
    </>
  );
}

/**
 * A form posting to a server action: the server's answer shows on the fields, a conflict shows the
 * current values. `outcome` replaces how the answer shows above the fields (a token shown once, a
 * form that reloads on a conflict); the other options are BoundForm's.
 */
export function ActionForm({
  action,
  outcome,
  pendingLabel = "Saving…",
  ...form
}: {
  id: string;
  action: FormAction;
  outcome?: (state: FormState) => ReactNode;
  children?: ReactNode;
  submit?: string;
  pendingLabel?: string;
  secondary?: boolean;
  validate?: boolean;
  resetOnOk?: boolean;
}) {
  const binding = useFormAction();
  return (
    <BoundForm
      {...form}
      binding={binding}
      action={action}
      pendingLabel={pendingLabel}
      outcome={outcome ? outcome(binding.state) : <Outcome state={binding.state} />}
    />
  );
}
