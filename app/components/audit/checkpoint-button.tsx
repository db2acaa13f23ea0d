"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/components/form/form-message";
import { type FormState, IDLE } from "@/lib/actions/form-state";

export function CheckpointButton({
  action,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  const [state, dispatch, pending] = useActionState<FormState, FormData>(action, IDLE);
  return (
    <form action={dispatch}>
      <FormMessage state={state} />
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? "Signing…" : "Make a checkpoint now"}
      </button>
    </form>
  );
}
