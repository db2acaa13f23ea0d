import { z } from "zod";
import { isCivilDate, isValidTimeZone } from "@/lib/time";

const date = (label: string) =>
  z
    .string({ error: `Enter the ${label} date.` })
    .trim()
    .refine(isCivilDate, { error: `Enter the ${label} date as YYYY-MM-DD.` });

export const windowSchema = z
  .object({ from: date("first"), to: date("last"), note: z.string().trim().max(300).optional() })
  .refine((w) => w.from <= w.to, { error: "The last date must not be before the first.", path: ["to"] });

/** The zone a person reads times in. */
export const timeZoneInput = z.object({
  timeZone: z
    .string()
    .trim()
    .refine(isValidTimeZone, { error: "Choose a time zone such as Europe/Stockholm." }),
});
