import "server-only";
import { AppError } from "@/lib/errors";
import { staleWrite } from "@/lib/services/shared/stale-write";

/**
 * The values a form edits of the record as it is now: missing -> not found; saved by someone else since
 * the form was shown (another version) -> conflict carrying the current values and version, so the form
 * can save again once compared, and nothing is written.
 */
export function expectVersion<R extends { version: number }, V extends Record<string, unknown>>(
  row: R | undefined,
  version: number,
  what: string,
  valuesOf: (row: R) => V,
): V {
  if (!row) throw new AppError("not_found", `${what} no longer exists.`);
  const values = valuesOf(row);
  if (row.version !== version) throw staleWrite({ ...values, version: row.version }, what);
  return values;
}
