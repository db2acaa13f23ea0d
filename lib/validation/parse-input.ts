import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Field name -> first message, from zod issues (nested paths joined with dots: "requirements.0.min"). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Validates input at the edge: bad input becomes an `invalid_input` error naming each field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  message = "Check the highlighted fields.",
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", message, fieldErrors(parsed.error));
  return parsed.data;
}

/** FormData as a plain object; repeated names become arrays. */
export function formObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
