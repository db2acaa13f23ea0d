import "server-only";
import { z } from "zod";
import { isCivilDate, MS_PER_DAY } from "@/lib/time";
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

/** Turns the audit page's query string into a filter; dates are whole UTC days, `to` inclusive. */
export function parseAuditFilter(
  params: Record<string, string | undefined>,
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
  const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + MS_PER_DAY);
  return {
    ok: true,
    values,
    filter: {
      action: d.action || undefined,
      actor: d.actor || undefined,
      subject: d.subject || undefined,
      from: d.from ? new Date(`${d.from}T00:00:00Z`) : undefined,
      to: d.to ? dayAfter(d.to) : undefined,
      before: d.before,
    },
  };
}
