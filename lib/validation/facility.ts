import { z } from "zod";
import { countryField, idField, textField, timeZoneField, versionField } from "@/lib/validation/fields";

export const facilityFields = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, { error: "Letters, digits and dashes, up to 32 (e.g. KMF-EAST)." }),
  name: textField(),
  city: textField(),
  country: countryField,
  timeZone: timeZoneField,
});

export const editFacilityInput = facilityFields.extend({ id: idField("facility"), version: versionField });

export type FacilityValues = Omit<z.output<typeof facilityFields>, "country"> & { country: string };

/** The values a facility form edits (what the audit trail and a conflict show). */
export function facilityValues(row: FacilityValues): FacilityValues {
  return { code: row.code, name: row.name, city: row.city, country: row.country, timeZone: row.timeZone };
}

export const FACILITY_UNIQUE = {
  facilities_code_unique: { field: "code", message: "Another facility already uses this code." },
};
