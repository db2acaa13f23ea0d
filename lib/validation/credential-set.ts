import { z } from "zod";
import { CREDENTIAL_KINDS, SEAT_STATUSES } from "@/lib/domain/vocabulary";
import { idField, intField, textField, versionField } from "@/lib/validation/fields";

export const credentialSetFields = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, { error: "Letters, digits and dashes, up to 32 (e.g. CO-EAST)." }),
    name: textField(),
    kind: z.enum(CREDENTIAL_KINDS, { error: "Choose a kind." }),
    threshold: intField(1, 99, "m, a whole number"),
    size: intField(1, 99, "n, a whole number"),
  })
  .refine((v) => v.threshold <= v.size, {
    path: ["threshold"],
    error: "m cannot be larger than n: the HSM needs m of the n credentials.",
  });

export const addCredentialSetInput = credentialSetFields.and(z.object({ facilityId: idField("facility") }));
export const editCredentialSetInput = credentialSetFields.and(
  z.object({ id: idField("credential set"), version: versionField }),
);

type SetValues = z.output<typeof credentialSetFields>;

export function credentialSetValues(row: SetValues): SetValues {
  return { code: row.code, name: row.name, kind: row.kind, threshold: row.threshold, size: row.size };
}

export const SET_UNIQUE = {
  credential_sets_code_unique: { field: "code", message: "Another credential set already uses this code." },
};

const statusField = z.enum(SEAT_STATUSES, { error: "Choose active, backup or retired." });

export const addSeatInput = z.object({
  setId: idField("credential set"),
  personId: idField("person"),
  label: textField(60),
  status: statusField,
});

export const changeSeatStatusInput = z.object({ seatId: idField("seat"), status: statusField });

export const promoteBackupInput = z.object({
  seatId: idField("backup seat"),
  // Empty when the set still has room for one more active seat.
  retireSeatId: z.preprocess((v) => (v === "" ? undefined : v), idField("seat to retire").optional()),
});

export const SEAT_UNIQUE = {
  credential_seats_holder: { field: "personId", message: "This person already holds a seat in this set." },
  credential_seats_label: { field: "label", message: "Another seat in this set has this label." },
};
