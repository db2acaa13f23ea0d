import { z } from "zod";
import { TCR_ROLES } from "@/lib/domain/people";
import { ROLES } from "@/lib/domain/roles";
import { CEREMONY_KINDS } from "@/lib/domain/vocabulary";
import { idField, intField, textField } from "@/lib/validation/fields";

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const usesCredentials = (role: string) => (TCR_ROLES as readonly string[]).includes(role);

export const requirementInput = z
  .object({
    role: z.enum(ROLES, { error: "Choose a role." }),
    credentialSetId: z.preprocess((v) => blank(v) ?? null, idField("credential set").nullable()),
    // For a credential set, an empty min means "all n seats".
    min: z.preprocess(blank, intField(1, 99).optional()),
  })
  .superRefine((r, ctx) => {
    if (r.credentialSetId && !usesCredentials(r.role)) {
      ctx.addIssue({
        code: "custom",
        path: ["credentialSetId"],
        message: "Only crypto officers and recovery key shareholders hold credentials.",
      });
    }
    if (!r.credentialSetId && r.min === undefined) {
      ctx.addIssue({ code: "custom", path: ["min"], message: "How many people in this role: 1 or more." });
    }
  });

export const templateFields = z.object({
  name: textField(),
  kind: z.enum(CEREMONY_KINDS, { error: "Choose a kind." }),
  durationMinutes: intField(15, 1440, "the length in minutes (15 to 1440)"),
  requirements: z.array(requirementInput).min(1, { error: "Add at least one requirement." }),
});

export const editTemplateInput = templateFields.extend({
  id: idField("template"),
  version: z.coerce.number().int(),
});

const REQUIREMENT_KEY = /^requirements\.(\d+)\.(role|credentialSetId|min)$/;

/**
 * The form sends `requirements.0.role`, `requirements.0.min`, ...; this gathers them into rows in index
 * order. The editor numbers its rows 0..n-1, so an error key `requirements.i.min` names the row shown.
 */
export function requirementsFromForm(form: Record<string, unknown>): Record<string, unknown>[] {
  const rows = new Map<number, Record<string, unknown>>();
  for (const [key, value] of Object.entries(form)) {
    const match = REQUIREMENT_KEY.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2] as string]: value });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}
