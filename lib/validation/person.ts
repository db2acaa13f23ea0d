import { z } from "zod";
import { PERSON_ROLES } from "@/lib/domain/people";
import {
  checkboxField,
  countryField,
  emailField,
  idField,
  listField,
  textField,
  timeZoneField,
  versionField,
} from "@/lib/validation/fields";

const rolesField = listField(z.enum(PERSON_ROLES, { error: "Not a known role." })).pipe(
  z.array(z.enum(PERSON_ROLES)).min(1, { error: "Choose at least one role." }),
);

const personFields = z.object({
  name: textField(),
  homeCountry: countryField,
  timeZone: timeZoneField,
  roles: rolesField,
});

export const invitePersonInput = personFields.extend({ email: emailField });

export const editPersonInput = personFields.extend({
  id: idField("person"),
  version: versionField,
  active: checkboxField,
});

type PersonValues = Omit<z.output<typeof editPersonInput>, "id" | "version" | "homeCountry"> & {
  homeCountry: string;
};

/** The values the person form edits (what the audit trail and a conflict show). */
export function personValues(row: PersonValues): PersonValues {
  return {
    name: row.name,
    homeCountry: row.homeCountry,
    timeZone: row.timeZone,
    roles: [...row.roles].sort(),
    active: row.active,
  };
}
