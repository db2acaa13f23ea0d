"use client";

import { FormMessage } from "@/app/components/form/form-message";
import { ActionForm } from "@/app/components/manage/action-form";
import { useFieldError } from "@/app/components/manage/form-context";
import type { FormState } from "@/lib/actions/form-state";
import { requestSignInAction } from "./actions";

/** A refusal the address field explains is shown there alone; success leaves the page. */
const outcome = (state: FormState) =>
  state.status === "error" && !state.fields.email ? <FormMessage state={state} /> : null;

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <ActionForm
      id="sign-in"
      action={requestSignInAction}
      outcome={outcome}
      submit="Email me a sign-in link"
      pendingLabel="Sending…"
    >
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <EmailField />
    </ActionForm>
  );
}

function EmailField() {
  const error = useFieldError("email");
  return (
    <div className="field">
      <label htmlFor="email">Email address</label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        aria-invalid={Boolean(error)}
        aria-describedby={error ? "email-error" : undefined}
      />
      {error ? (
        <p id="email-error" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
