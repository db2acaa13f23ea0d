import "server-only";
import { AppError } from "@/lib/errors";

/**
 * Optimistic concurrency: an update that matched no row at the expected version lost a race. The caller
 * passes the record's current values so the form can show them; nothing was overwritten.
 */
export function staleWrite(current: unknown, what = "This record"): AppError {
  return new AppError(
    "conflict",
    `${what} was changed by someone else while you were editing. Review the current values and save again.`,
    {},
    current,
  );
}
