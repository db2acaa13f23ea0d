"use client";

import { createContext, useContext } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { IDLE } from "@/lib/actions/form-state";

export const FormContext = createContext<{ id: string; state: FormState; pending: boolean }>({
  id: "form",
  state: IDLE,
  pending: false,
});

/** The server's latest answer to the enclosing form. */
function useAnswer(): FormState {
  return useContext(FormContext).state;
}

/** Whether the enclosing form's submission is on its way. */
export function useFormPending(): boolean {
  return useContext(FormContext).pending;
}

/** The server's messages per field of the enclosing form, when it refused it. */
export function useFieldErrors(): Record<string, string> {
  const state = useAnswer();
  return state.status === "error" ? state.fields : {};
}

/** The server's message for one field of the enclosing form, if it refused it. */
export function useFieldError(name: string): string | undefined {
  return useFieldErrors()[name];
}

export function useFormId(): string {
  return useContext(FormContext).id;
}

/** The record's current values when the save lost to someone else's (409). */
export function useConflictValues(): Record<string, unknown> | undefined {
  const state = useAnswer();
  const current = state.status === "error" ? state.current : undefined;
  return current && typeof current === "object" ? (current as Record<string, unknown>) : undefined;
}
