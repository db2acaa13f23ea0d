import type { ErrorCode } from "@/lib/errors";

/** What a form's server action returns to the page: a message, and per-field errors to show inline. */
export type FormState =
  | { status: "idle" }
  | { status: "ok"; message: string }
  | { status: "error"; code: ErrorCode; message: string; fields: Record<string, string>; current?: unknown };

export const IDLE: FormState = { status: "idle" };
