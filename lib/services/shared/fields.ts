import { z } from "zod";
import { isCountryCode } from "@/lib/domain/quorum/countries";
import { isValidTimeZone } from "@/lib/time";

// Field schemas shared by every management form, so a country or zone is checked the same way everywhere.

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Not a valid email address." }));

export const countryField = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: "Not an ISO 3166 country code (e.g. US, SE)." });

export const timeZoneField = z
  .string()
  .trim()
  .refine(isValidTimeZone, { error: "Not an IANA time zone (e.g. Europe/Stockholm)." });

export const idField = (what: string) => z.uuid({ error: `Choose a ${what}.` });

export const textField = (max = 200) =>
  z
    .string()
    .trim()
    .min(1, { error: "Required." })
    .max(max, { error: `At most ${max} characters.` });

/** Form checkboxes arrive as "on" or not at all. */
export const checkboxField = z.preprocess((value) => value === "on" || value === true, z.boolean());

/** A multi-select or checkbox group: one value arrives as a string, several as an array, none as nothing. */
export const listField = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === "" ? [] : [value].flat()), z.array(item));

/** A whole number typed into a form field. */
export const intField = (min: number, max: number, label = "a whole number") =>
  z.coerce
    .number({ error: `Enter ${label}.` })
    .int({ error: `Enter ${label}.` })
    .min(min, { error: `At least ${min}.` })
    .max(max, { error: `At most ${max}.` });
