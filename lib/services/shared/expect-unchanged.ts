import "server-only";
import { AppError } from "@/lib/errors";
import { fingerprint } from "@/lib/queries/management/fingerprint";
import { staleWrite } from "@/lib/services/shared/stale-write";

/**
 * The record a form edits, as it is now: missing -> not found; changed since the form was shown (its
 * fingerprint no longer matches) -> conflict carrying the current values, and nothing is written.
 */
export function expectUnchanged<T extends Record<string, unknown>>(
  current: T | undefined,
  expected: string,
  what: string,
): T {
  if (!current) throw new AppError("not_found", `${what} no longer exists.`);
  // The fresh fingerprint rides along so the form can save again once the coordinator has compared.
  if (fingerprint(current) !== expected)
    throw staleWrite({ ...current, expected: fingerprint(current) }, what);
  return current;
}
