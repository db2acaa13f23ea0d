import { and, asc, eq, gte, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonies, credentialSeats, credentialSets, facilities } from "@/db/schema";

/** The seats one person holds, with their set and facility. Scoped to that person only. */
export async function mySeats(db: Queryable, personId: string) {
  return db
    .select({
      id: credentialSeats.id,
      label: credentialSeats.label,
      status: credentialSeats.status,
      setCode: credentialSets.code,
      setName: credentialSets.name,
      threshold: credentialSets.threshold,
      size: credentialSets.size,
      facilityId: facilities.id,
      facilityName: facilities.name,
    })
    .from(credentialSeats)
    .innerJoin(credentialSets, eq(credentialSets.id, credentialSeats.setId))
    .innerJoin(facilities, eq(facilities.id, credentialSets.facilityId))
    .where(eq(credentialSeats.personId, personId))
    .orderBy(asc(credentialSets.code));
}

/** Upcoming ceremonies at the facilities where the person holds a seat that is not retired. */
export async function myUpcomingCeremonies(db: Queryable, facilityIds: string[], now: Date) {
  if (facilityIds.length === 0) return [];
  return db
    .select({
      id: ceremonies.id,
      label: ceremonies.label,
      status: ceremonies.status,
      startsAt: ceremonies.startsAt,
      durationMinutes: ceremonies.durationMinutes,
      timeZone: ceremonies.timeZone,
      standbyDate: ceremonies.standbyDate,
      facilityName: facilities.name,
      city: facilities.city,
    })
    .from(ceremonies)
    .innerJoin(facilities, eq(facilities.id, ceremonies.facilityId))
    .where(and(inArray(ceremonies.facilityId, facilityIds), gte(ceremonies.startsAt, now)))
    .orderBy(asc(ceremonies.startsAt));
}
