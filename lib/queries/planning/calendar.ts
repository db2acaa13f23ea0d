import "server-only";
import { and, eq, gte, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { calendarFeeds, ceremonies, facilities, invitations, people } from "@/db/schema";
import { dateOf, type Instant, MS_PER_DAY } from "@/lib/time";
import { visibleCeremonies } from "./ceremony-scope";
import type { CeremonyRow } from "./load-quorum";

/** Whether the person is invited to the ceremony (TCRs may download only their own ceremonies). */
export async function isInvited(db: Queryable, ceremonyId: string, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.ceremonyId, ceremonyId), eq(invitations.personId, personId)));
  return Boolean(row);
}

export async function ceremonyWithFacility(db: Queryable, id: string): Promise<CeremonyRow | null> {
  const [row] = await db
    .select({ ceremony: ceremonies, facility: facilities })
    .from(ceremonies)
    .innerJoin(facilities, eq(facilities.id, ceremonies.facilityId))
    .where(eq(ceremonies.id, id));
  return row ? { ...row.ceremony, facility: row.facility } : null;
}

/** The live feed's owner, by the hash of its secret token; null when unknown or revoked. */
export async function feedOwner(db: Queryable, tokenHash: string) {
  const [row] = await db
    .select({ id: people.id, roles: people.roles, active: people.active })
    .from(calendarFeeds)
    .innerJoin(people, eq(people.id, calendarFeeds.personId))
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)));
  return row?.active ? row : null;
}

/**
 * Ceremonies for a personal feed, from a year back: those the person is invited to, or all of them for
 * someone who may see every ceremony. Cancelled ones stay in so calendars drop them.
 */
export async function feedCeremonies(
  db: Queryable,
  personId: string,
  seesAll: boolean,
  now: Instant,
): Promise<CeremonyRow[]> {
  const since = dateOf(now - 365 * MS_PER_DAY);
  const rows = await db
    .select({ ceremony: ceremonies, facility: facilities })
    .from(ceremonies)
    .innerJoin(facilities, eq(facilities.id, ceremonies.facilityId))
    .where(and(gte(ceremonies.startsAt, since), visibleCeremonies(db, personId, seesAll)));
  return rows.map((r) => ({ ...r.ceremony, facility: r.facility }));
}
