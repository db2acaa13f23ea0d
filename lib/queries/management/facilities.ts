import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { credentialSeats, credentialSets, facilities } from "@/db/schema";
import { setColumns } from "./credential-sets";
import { isUuid } from "./is-uuid";

const seatCount = (status: string) =>
  sql<number>`count(${credentialSeats.id}) filter (where ${credentialSeats.status} = ${status})`.mapWith(
    Number,
  );

export async function listFacilitySummaries(db: Queryable) {
  return db
    .select({
      id: facilities.id,
      code: facilities.code,
      name: facilities.name,
      city: facilities.city,
      country: facilities.country,
      timeZone: facilities.timeZone,
      sets: sql<number>`count(${credentialSets.id})`.mapWith(Number),
    })
    .from(facilities)
    .leftJoin(credentialSets, eq(credentialSets.facilityId, facilities.id))
    .groupBy(facilities.id)
    .orderBy(asc(facilities.code));
}

/** A facility with its credential sets and their seat counts, or null. */
export async function getFacility(db: Queryable, id: string) {
  if (!isUuid(id)) return null;
  const [facility] = await db.select().from(facilities).where(eq(facilities.id, id));
  if (!facility) return null;
  const sets = await db
    .select({
      ...setColumns,
      active: seatCount("active"),
      backup: seatCount("backup"),
      retired: seatCount("retired"),
    })
    .from(credentialSets)
    .leftJoin(credentialSeats, eq(credentialSeats.setId, credentialSets.id))
    .where(eq(credentialSets.facilityId, id))
    .groupBy(credentialSets.id)
    .orderBy(asc(credentialSets.code));
  return { ...facility, sets };
}
