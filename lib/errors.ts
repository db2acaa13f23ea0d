import { noteDatabaseError } from "@/lib/edge/database-health";

// The closed set of failures the app reports. Only the action wrapper and route handlers turn these
// into messages and HTTP statuses.
export const ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "not_found",
  "invalid_input",
  "conflict",
  "rate_limited",
  "too_large",
  "unsupported_media_type",
  "bad_origin",
  "unavailable",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  rate_limited: 429,
  too_large: 413,
  unsupported_media_type: 415,
  bad_origin: 403,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Per-field messages for forms: field name -> what is wrong with it. */
    readonly fields: Record<string, string> = {},
    /** Current values to show when a save lost to someone else's (conflict). */
    readonly current?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const UNAVAILABLE_MESSAGE =
  "The service is unavailable right now: its database cannot be reached. Nothing was saved; try again in a minute.";

/**
 * The closed error an unexpected failure becomes: "unavailable" when the database could not be
 * reached (and the edge is told, so it answers 503 until it is back), otherwise "internal".
 */
export function asAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (noteDatabaseError(error)) return new AppError("unavailable", UNAVAILABLE_MESSAGE);
  return new AppError("internal", "Something went wrong on our side. Try again.");
}
