import type { FormState } from "@/lib/actions/form-state";

/** A form's outcome, plus notes to show beside it: warnings that did not stop the save, or preview lines. */
export type ActionState = FormState & { warnings?: string[]; details?: string[] };

export type FormAction = (state: ActionState, form: FormData) => Promise<ActionState>;
