import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { credentialSeats, credentialSets, facilities, people } from "@/db/schema";
import { isUuid } from "./is-uuid";

export const setColumns = {
  id: credentialSets.id,
  code: credentialSets.code,
  name: credentialSets.name,
  kind: credentialSets.kind,
  threshold: credentialSets.threshold,
  size: credentialSets.size,
};

const seatColumns = {
  id: credentialSeats.id,
  setId: credentialSeats.setId,
  label: credentialSeats.label,
  status: credentialSeats.status,
  personId: people.id,
  personName: people.name,
  email: people.email,
};

/** A credential set with its facility and every seat (active first), or null. */
export async function getCredentialSet(db: Queryable, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({ set: credentialSets, facilityCode: facilities.code, facilityName: facilities.name })
    .from(credentialSets)
    .innerJoin(facilities, eq(facilities.id, credentialSets.facilityId))
    .where(eq(credentialSets.id, id));
  if (!row) return null;
  const seats = await db
    .select(seatColumns)
    .from(credentialSeats)
    .innerJoin(people, eq(people.id, credentialSeats.personId))
    .where(eq(credentialSeats.setId, id))
    .orderBy(asc(credentialSeats.status), asc(credentialSeats.label));
  return { ...row, seats };
}

/** Active seats of the given sets: what a promotion may retire. */
export async function activeSeatsOf(db: Queryable, setIds: string[]) {
  if (setIds.length === 0) return [];
  return db
    .select(seatColumns)
    .from(credentialSeats)
    .innerJoin(people, eq(people.id, credentialSeats.personId))
    .where(and(inArray(credentialSeats.setId, setIds), eq(credentialSeats.status, "active")))
    .orderBy(asc(credentialSeats.label));
}

export async function listCredentialSetOptions(db: Queryable) {
  return db
    .select({ ...setColumns, facilityCode: facilities.code })
    .from(credentialSets)
    .innerJoin(facilities, eq(facilities.id, credentialSets.facilityId))
    .orderBy(asc(credentialSets.code));
}
