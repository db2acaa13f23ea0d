import "server-only";
import { z } from "zod";
import { addDaysToCivil, dateOf, instantOfLocal, isCivilDate } from "@/lib/time";
import type { AuditFilter } from "./audit";

const civil = z
  .string()
  .trim()
  .refine((v) => v === "" || isCivilDate(v), { error: "Use a date like 2026-11-27." })
  .optional();

export const auditFilterSchema = z.object({
  action: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(254).optional(),
  subject: z.string().trim().max(200).optional(),
  from: civil,
  to: civil,
  before: z.coerce.number().int().positive().optional(),
});

const FILTER_KEYS = ["action", "actor", "subject", "from", "to"] as const;

/** The filter's own fields of a query string, for links that carry it (export, next page). */
export function filterValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(FILTER_KEYS.flatMap((k) => (values[k] ? [[k, values[k]]] : [])));
}

/**
 * Turns the audit page's (and export's) query string into a filter; dates are whole days in the
 * viewer's `timeZone`, `to` inclusive.
 */
export function parseAuditFilter(
  params: Record<string, string | undefined>,
  timeZone = "UTC",
):
  | { ok: true; filter: AuditFilter; values: Record<string, string> }
  | { ok: false; fields: Record<string, string>; values: Record<string, string> } {
  const values = Object.fromEntries(
    Object.entries(params).filter(([, v]) => typeof v === "string"),
  ) as Record<string, string>;
  const parsed = auditFilterSchema.safeParse(values);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0])] = issue.message;
    return { ok: false, fields, values };
  }
  const d = parsed.data;
  const midnight = (date: string) => dateOf(instantOfLocal(date, "00:00", timeZone));
  return {
    ok: true,
    values,
    filter: {
      action: d.action || undefined,
      actor: d.actor || undefined,
      subject: d.subject || undefined,
      from: d.from ? midnight(d.from) : undefined,
      to: d.to ? midnight(addDaysToCivil(d.to, 1)) : undefined,
      before: d.before,
    },
  };
}
