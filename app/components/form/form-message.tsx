import type { FormState } from "@/lib/actions/form-state";

/** The form-level outcome: success, or the error summary when no single field explains it. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "ok") return <p className="notice ok">{state.message}</p>;
  if (state.status === "error") {
    return (
      <p className="notice bad" role="alert">
        {state.message}
      </p>
    );
  }
  return null;
}
