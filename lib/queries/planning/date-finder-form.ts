import "server-only";
import { z } from "zod";
import { addDaysToCivil, civilDaysBetween, isCivilDate, isLocalTime } from "@/lib/time";
import { fieldErrors } from "@/lib/validation/parse-input";

const optionalUuid = z
  .string()
  .optional()
  .transform((v) => v || undefined)
  .pipe(z.uuid().optional());

export const dateFinderSchema = z
  .object({
    facilityId: z.uuid({ error: "Choose a facility." }),
    ceremonyId: optionalUuid,
    templateId: optionalUuid,
    from: z.string().trim().refine(isCivilDate, { error: "Enter the first date as YYYY-MM-DD." }),
    to: z.string().trim().refine(isCivilDate, { error: "Enter the last date as YYYY-MM-DD." }),
    time: z.string().trim().refine(isLocalTime, { error: "Enter the start time as HH:MM." }),
    duration: z.coerce.number().int().min(15).max(1440),
    weekdaysOnly: z
      .string()
      .optional()
      .transform((v) => v === "on" || v === "1"),
    holidays: z
      .string()
      .optional()
      .transform((v) => (v ?? "").split(/[\s,;]+/).filter(Boolean))
      .refine((list) => list.every(isCivilDate), {
        error: "List holidays as YYYY-MM-DD, separated by spaces or commas.",
      }),
  })
  .refine((v) => v.ceremonyId || v.templateId, {
    error: "Choose a template or a ceremony.",
    path: ["templateId"],
  })
  .refine((v) => v.from <= v.to, { error: "The last date must not be before the first.", path: ["to"] })
  .refine((v) => civilDaysBetween(v.from, v.to) <= 400, {
    error: "Search at most about a year at a time.",
    path: ["to"],
  });

export type DateFinderQuery = z.output<typeof dateFinderSchema>;

/** Reads the date finder's query string; an empty query gets sensible defaults and no search. */
export function parseDateFinderQuery(params: Record<string, string>, today: string) {
  // An unticked checkbox sends nothing: "weekdays only" defaults on only before the form is sent.
  const submitted = Boolean(params.facilityId && params.from);
  const values: Record<string, string> = {
    from: addDaysToCivil(today, 30),
    to: addDaysToCivil(today, 150),
    time: "13:00",
    duration: "240",
    ...(submitted ? {} : { weekdaysOnly: "on" }),
    ...params,
  };
  if (!params.facilityId) return { values, query: null, fields: {} as Record<string, string> };
  const parsed = dateFinderSchema.safeParse(values);
  return parsed.success
    ? { values, query: parsed.data, fields: {} as Record<string, string> }
    : { values, query: null, fields: fieldErrors(parsed.error) };
}
