import { z } from "zod";
import { RESTRICTION_KINDS } from "@/lib/domain/quorum/vocabulary";
import { civilDaysBetween, isCivilDate } from "@/lib/time";
import { countryField, countryListField, idField, intField, textField } from "@/lib/validation/fields";

// Field names are the CSV column names, so a form error and an import error name the same thing.

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const civilDateField = z
  .string()
  .trim()
  .refine(isCivilDate, { error: "Use a date like 2026-03-01 (YYYY-MM-DD)." });

export const restrictionFields = z
  .object({
    from: z.union([z.string().trim().pipe(z.literal("*")), countryField], {
      error: "Choose a country from the list (e.g. Singapore), or * for travellers from anywhere.",
    }),
    to: countryField,
    kind: z.enum(RESTRICTION_KINDS, { error: "Either entry_ban or quarantine." }),
    start: civilDateField,
    end: civilDateField,
    days: z.preprocess(blankToUndefined, intField(1, 60, "the quarantine days (1 to 60)").optional()),
    exempt: countryListField,
    note: z.preprocess(blankToUndefined, textField(500).optional()),
  })
  .superRefine((v, ctx) => {
    // Refinements can run after a field already failed: compare only two real dates.
    if (isCivilDate(v.start) && isCivilDate(v.end) && civilDaysBetween(v.start, v.end) < 0) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "The end date is before the start date." });
    }
    if (v.kind === "quarantine" && v.days === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["days"],
        message: "A quarantine needs its length: 1 to 60 days.",
      });
    }
    if (v.kind === "entry_ban" && v.days !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["days"],
        message: "An entry ban has no quarantine days; leave it empty.",
      });
    }
  });

export type RestrictionValues = z.output<typeof restrictionFields>;

export const editRestrictionInput = restrictionFields.and(
  z.object({ id: idField("restriction"), version: z.coerce.number().int() }),
);

export const endRestrictionInput = z.object({
  id: idField("restriction"),
  version: z.coerce.number().int(),
  end: z.preprocess(blankToUndefined, civilDateField.optional()),
  reason: textField(500),
});

/** A stored restriction in the form's terms (what a conflict shows, and what the edit form starts from). */
export function restrictionValues(row: {
  fromCountry: string;
  toCountry: string;
  kind: RestrictionValues["kind"];
  startDate: string;
  endDate: string;
  quarantineDays: number | null;
  exempt: string[];
  note: string | null;
  version: number;
}) {
  return {
    from: row.fromCountry,
    to: row.toCountry,
    kind: row.kind,
    start: row.startDate,
    end: row.endDate,
    days: row.quarantineDays ?? undefined,
    exempt: row.exempt,
    note: row.note ?? undefined,
    version: row.version,
  };
}

export function restrictionColumns(v: RestrictionValues) {
  return {
    fromCountry: v.from,
    toCountry: v.to,
    kind: v.kind,
    startDate: v.start,
    endDate: v.end,
    quarantineDays: v.days ?? null,
    exempt: v.exempt,
    note: v.note ?? null,
  };
}
