import "server-only";
import { AppError } from "@/lib/errors";

/** The unique constraint an insert or update broke, whichever driver raised it (drizzle wraps the cause). */
export function uniqueViolation(error: unknown): string | null {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const candidate = e as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
    if (candidate.code === "23505") {
      const name = candidate.constraint_name ?? candidate.constraint;
      return typeof name === "string" ? name : "";
    }
  }
  return null;
}

/**
 * Runs a write and turns a broken unique constraint into a field error. The constraint, not a read
 * beforehand, is the check: two coordinators saving at once cannot both pass it.
 */
export async function withUniqueFields<T>(
  work: () => Promise<T>,
  fields: Record<string, { field: string; message: string }>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const constraint = uniqueViolation(error);
    const known = constraint === null ? undefined : fields[constraint];
    if (known) {
      throw new AppError("invalid_input", "Check the highlighted fields.", { [known.field]: known.message });
    }
    throw error;
  }
}
