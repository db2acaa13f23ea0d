import type { ErrorCode } from "@/lib/errors";

/**
 * What a form's server action returns to the page: a message, per-field errors to show inline, and
 * notes to show beside it (warnings that did not stop the save, or preview lines). Every form uses it.
 * `secret` is what a save made that exists only this once (an API token, a feed's private address): the
 * page shows it now and nothing can show it again.
 */
export type FormState = (
  | { status: "idle" }
  | { status: "ok"; message: string; secret?: string }
  | { status: "error"; code: ErrorCode; message: string; fields: Record<string, string>; current?: unknown }
) & { warnings?: string[]; details?: string[] };

export type FormAction = (state: FormState, form: FormData) => Promise<FormState>;

export const IDLE: FormState = { status: "idle" };
