"use client";

import { useActionState } from "react";
import { Field } from "@/app/components/form/field";
import { FormMessage } from "@/app/components/form/form-message";
import { type FormState, IDLE } from "@/lib/actions/form-state";
import { type CreatedTokenState, createTokenAction, revokeTokenAction } from "./actions";

/** Names a new token and shows it once, with the two requests it opens. */
export function CreateTokenForm({ origin }: { origin: string }) {
  const [state, action, pending] = useActionState<CreatedTokenState, FormData>(createTokenAction, IDLE);
  const fields = state.status === "error" ? state.fields : {};
  return (
    <div>
      {state.status === "ok" && state.token ? (
        <NewToken token={state.token} origin={origin} message={state.message} />
      ) : (
        <FormMessage state={state} />
      )}
      <form action={action}>
        <Field
          name="name"
          label="Token name"
          hint="What will use it, e.g. “Prometheus” or “coverage dashboard”."
          error={fields.name}
        >
          {(p) => <input {...p} maxLength={60} required autoComplete="off" />}
        </Field>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
    </div>
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
  const [state, action, pending] = useActionState<FormState, FormData>(revokeTokenAction, IDLE);
  return (
    <form action={action} style={{ display: "inline" }}>
      <input type="hidden" name="tokenId" value={id} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
      {state.status === "error" ? <span className="field-error"> {state.message}</span> : null}
    </form>
  );
}
