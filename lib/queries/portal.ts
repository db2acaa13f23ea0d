import "server-only";
import { and, asc, eq, gte } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import {
  calendarFeeds,
  ceremonies,
  credentialSeats,
  credentialSets,
  facilities,
  invitations,
  people,
  unavailability,
} from "@/db/schema";

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
      facilityName: facilities.name,
    })
    .from(credentialSeats)
    .innerJoin(credentialSets, eq(credentialSets.id, credentialSeats.setId))
    .innerJoin(facilities, eq(facilities.id, credentialSets.facilityId))
    .where(eq(credentialSeats.personId, personId))
    .orderBy(asc(credentialSets.code));
}

/** The ceremonies a person is invited to from `since` on, with their own answer. */
export async function myInvitations(db: Queryable, personId: string, since: Date) {
  return db
    .select({
      invitationId: invitations.id,
      response: invitations.response,
      previousResponse: invitations.previousResponse,
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
    .from(invitations)
    .innerJoin(ceremonies, eq(ceremonies.id, invitations.ceremonyId))
    .innerJoin(facilities, eq(facilities.id, ceremonies.facilityId))
    .where(and(eq(invitations.personId, personId), gte(ceremonies.startsAt, since)))
    .orderBy(asc(ceremonies.startsAt));
}

/**
 * One ceremony as an invitee sees it: their own invitation in full, and for everyone else only names and
 * answers (never notes or travel details). Null when the person is not invited.
 */
export async function myCeremony(db: Queryable, personId: string, ceremonyId: string) {
  const [mine] = await db
    .select({ invitation: invitations, ceremony: ceremonies, facility: facilities })
    .from(invitations)
    .innerJoin(ceremonies, eq(ceremonies.id, invitations.ceremonyId))
    .innerJoin(facilities, eq(facilities.id, ceremonies.facilityId))
    .where(and(eq(invitations.ceremonyId, ceremonyId), eq(invitations.personId, personId)));
  if (!mine) return null;
  const roster = await db
    .select({
      name: people.name,
      response: invitations.response,
      previousResponse: invitations.previousResponse,
    })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(eq(invitations.ceremonyId, ceremonyId))
    .orderBy(asc(people.name));
  return { ...mine, roster };
}

export async function myUnavailability(db: Queryable, personId: string) {
  return db
    .select()
    .from(unavailability)
    .where(eq(unavailability.personId, personId))
    .orderBy(asc(unavailability.fromDate));
}

export async function mySettings(db: Queryable, personId: string) {
  const [person] = await db
    .select({ timeZone: people.timeZone, homeCountry: people.homeCountry })
    .from(people)
    .where(eq(people.id, personId));
  const feeds = await db
    .select({ createdAt: calendarFeeds.createdAt, revokedAt: calendarFeeds.revokedAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.personId, personId));
  return { person, activeFeed: feeds.find((f) => f.revokedAt === null) ?? null };
}
