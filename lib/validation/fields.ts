import { z } from "zod";
import { parseCountry } from "@/lib/domain/quorum/country-names";
import { isValidTimeZone } from "@/lib/time";

// Field schemas shared by every management form, so a country or zone is checked the same way everywhere.

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Not a valid email address." }));

const NOT_A_COUNTRY = "Choose a country from the list (e.g. Singapore), or give its ISO code (SG).";

/** A country typed or picked as a code, a name or "Singapore (SG)"; stored as its code. */
export const countryField = z.string().transform((text, ctx) => {
  const code = parseCountry(text);
  if (code === null) {
    ctx.addIssue({ code: "custom", message: NOT_A_COUNTRY });
    return z.NEVER;
  }
  return code;
});

/** A list of countries separated by semicolons, commas or new lines (codes may also be space-separated). */
export const countryListField = z.preprocess(
  (v) => (typeof v === "string" ? splitCountries(v) : (v ?? [])),
  z.array(countryField, { error: "Countries separated by semicolons." }),
);

function splitCountries(text: string): string[] {
  return text
    .split(/[;,\n]+/)
    .map((piece) => piece.trim())
    .filter(Boolean)
    .flatMap((piece) =>
      parseCountry(piece) === null && /^[A-Za-z]{2}(\s+[A-Za-z]{2})+$/.test(piece)
        ? piece.split(/\s+/)
        : [piece],
    );
}

export const timeZoneField = z
  .string()
  .trim()
  .refine(isValidTimeZone, { error: "Not an IANA time zone (e.g. Europe/Stockholm)." });

/** The version of the record a form showed: a save that finds another one is refused as stale. */
export const versionField = z.coerce.number({ error: "Reload the page and try again." }).int().min(1);

export const idField = (what: string) => z.uuid({ error: `Choose a ${what}.` });

export const textField = (max = 200) =>
  z
    .string()
    .trim()
    .min(1, { error: "Required." })
    .max(max, { error: `At most ${max} characters.` });

/** An optional note to the coordinators; blank is none. */
export const noteField = z
  .string()
  .trim()
  .max(1000, { error: "Keep the note under 1000 characters." })
  .optional()
  .transform((v) => v || null);

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
