"use client";

import { Field } from "@/app/components/form/field";
import { FormMessage } from "@/app/components/form/form-message";
import { ActionForm } from "@/app/components/manage/action-form";
import { ButtonForm } from "@/app/components/manage/button-form";
import { useFieldError } from "@/app/components/manage/form-context";
import { Hidden } from "@/app/components/manage/inputs";
import type { FormState } from "@/lib/actions/form-state";
import { createTokenAction, revokeTokenAction } from "./actions";

/** Names a new token and shows it once, with the two requests it opens. */
export function CreateTokenForm({ origin }: { origin: string }) {
  const outcome = (state: FormState) =>
    state.status === "ok" && state.secret ? (
      <NewToken token={state.secret} origin={origin} message={state.message} />
    ) : (
      <FormMessage state={state} />
    );
  return (
    <ActionForm
      id="create-token"
      action={createTokenAction}
      outcome={outcome}
      submit="Create token"
      pendingLabel="Creating…"
      validate
      resetOnOk
    >
      <TokenNameField />
    </ActionForm>
  );
}

function TokenNameField() {
  const error = useFieldError("name");
  return (
    <Field
      name="name"
      label="Token name"
      hint="What will use it, e.g. “Prometheus” or “coverage dashboard”."
      error={error}
    >
      {(p) => <input {...p} maxLength={60} required autoComplete="off" />}
    </Field>
  );
}

function NewToken({ token, origin, message }: { token: string; origin: string; message: string }) {
  const header = `-H "Authorization: Bearer ${token}"`;
  return (
    <div className="notice ok" role="status">
      <p style={{ marginTop: 0 }}>
        {message} Copy it now: it is shown only once, and we keep only a fingerprint of it.
      </p>
      <p>
        <code data-testid="new-token">{token}</code>
      </p>
      <p style={{ marginBottom: "0.25rem" }}>Try it:</p>
      <pre style={{ whiteSpace: "pre-wrap", wordBreak: "break-all", margin: 0 }}>
        <code>{`curl ${header} ${origin}/api/coverage\ncurl ${header} ${origin}/metrics`}</code>
      </pre>
    </div>
  );
}

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  return (
    <ButtonForm
      id={`revoke-token-${id}`}
      action={revokeTokenAction}
      label="Revoke"
      aria-label={`Revoke ${name}`}
    >
      <Hidden name="tokenId" value={id} />
    </ButtonForm>
  );
}
