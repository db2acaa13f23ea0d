"use client";

import { type FormEvent, startTransition, useActionState, useRef } from "react";
import type { FormAction, FormState } from "@/lib/actions/form-state";
import { IDLE } from "@/lib/actions/form-state";

/** The server's latest answer to one or more forms, and a submit handler for each form's action. */
export interface FormBinding {
  state: FormState;
  pending: boolean;
  submitTo: (action: FormAction) => (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * The one place a form's submission meets its server action. Submitting in a transition (not
 * `<form action>`) keeps what was typed when the server refuses it. One submission at a time: `pending`
 * disables the button only from the next render, so a double click is dropped here until the first
 * answer is back. Forms given the same binding share one answer (a page with two ways to say one thing).
 */
export function useFormAction(): FormBinding {
  const inFlight = useRef(false);
  const [state, dispatch, pending] = useActionState<FormState, { action: FormAction; data: FormData }>(
    async (previous, { action, data }) => {
      try {
        return await action(previous, data);
      } finally {
        inFlight.current = false;
      }
    },
    IDLE,
  );
  return {
    state,
    pending,
    submitTo: (action) => (event) => {
      event.preventDefault();
      if (inFlight.current) return;
      inFlight.current = true;
      const data = new FormData(event.currentTarget);
      startTransition(() => dispatch({ action, data }));
    },
  };
}
