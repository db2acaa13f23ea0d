import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { credentialSeats, credentialSets, facilities, people } from "@/db/schema";

export async function listPeople(db: Queryable) {
  return db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      homeCountry: people.homeCountry,
      timeZone: people.timeZone,
      roles: people.roles,
      active: people.active,
    })
    .from(people)
    .orderBy(asc(people.name));
}

/** Facilities with their credential sets and how many active and backup seats each set has. */
export async function listFacilities(db: Queryable) {
  const rows = await db
    .select({
      facilityId: facilities.id,
      code: facilities.code,
      name: facilities.name,
      city: facilities.city,
      country: facilities.country,
      timeZone: facilities.timeZone,
      setCode: credentialSets.code,
      setName: credentialSets.name,
      threshold: credentialSets.threshold,
      size: credentialSets.size,
      active:
        sql<number>`count(${credentialSeats.id}) filter (where ${credentialSeats.status} = 'active')`.mapWith(
          Number,
        ),
      backup:
        sql<number>`count(${credentialSeats.id}) filter (where ${credentialSeats.status} = 'backup')`.mapWith(
          Number,
        ),
    })
    .from(facilities)
    .leftJoin(credentialSets, eq(credentialSets.facilityId, facilities.id))
    .leftJoin(credentialSeats, eq(credentialSeats.setId, credentialSets.id))
    .groupBy(facilities.id, credentialSets.id)
    .orderBy(asc(facilities.code), asc(credentialSets.code));
  const byFacility = new Map<
    string,
    {
      id: string;
      code: string;
      name: string;
      city: string;
      country: string;
      timeZone: string;
      sets: { code: string; name: string; threshold: number; size: number; active: number; backup: number }[];
    }
  >();
  for (const row of rows) {
    const facility = byFacility.get(row.facilityId) ?? {
      id: row.facilityId,
      code: row.code,
      name: row.name,
      city: row.city,
      country: row.country,
      timeZone: row.timeZone,
      sets: [],
    };
    if (row.setCode && row.setName && row.threshold !== null && row.size !== null) {
      facility.sets.push({
        code: row.setCode,
        name: row.setName,
        threshold: row.threshold,
        size: row.size,
        active: row.active,
        backup: row.backup,
      });
    }
    byFacility.set(row.facilityId, facility);
  }
  return [...byFacility.values()];
}
