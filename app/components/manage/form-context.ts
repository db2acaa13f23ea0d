"use client";

import { createContext, useContext } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { IDLE } from "@/lib/actions/form-state";

export const FormContext = createContext<{ id: string; state: FormState }>({ id: "form", state: IDLE });

/** The server's message for one field of the enclosing form, if it refused it. */
export function useFieldError(name: string): string | undefined {
  const { state } = useContext(FormContext);
  return state.status === "error" ? state.fields[name] : undefined;
}

export function useFormId(): string {
  return useContext(FormContext).id;
}

/** The record's current values when the save lost to someone else's (409). */
export function useConflictValues(): Record<string, unknown> | undefined {
  const { state } = useContext(FormContext);
  const current = state.status === "error" ? state.current : undefined;
  return current && typeof current === "object" ? (current as Record<string, unknown>) : undefined;
}
