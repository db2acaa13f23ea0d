import "server-only";
import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonies, facilities } from "@/db/schema";
import { HOLDS_ITS_DATE } from "@/lib/domain/ceremony-lifecycle";
import type { SigningCeremony } from "@/lib/domain/coverage";
import { dateOf, type Instant } from "@/lib/time";

export interface CoverageCeremony extends SigningCeremony {
  facilityCode: string;
  timeZone: string;
}

/**
 * Where and when the last key signing took place: where, for the date finder to plan the next one alike;
 * when, for the timeline to open there.
 */
export interface SigningPlace {
  facilityId: string;
  templateId: string | null;
  startsAt: Instant;
}

// A ceremony that happened or is still meant to; postponed and cancelled ones say nothing about the venue.
const PLACED_STATUSES = [...HOLDS_ITS_DATE, "held"] as const;

/** Key signing ceremonies still to happen (any date), with the verdict last computed for each. */
export async function loadSigningCeremonies(db: Queryable): Promise<CoverageCeremony[]> {
  const rows = await db
    .select({
      id: ceremonies.id,
      label: ceremonies.label,
      startsAt: ceremonies.startsAt,
      timeZone: ceremonies.timeZone,
      // The standby day starts at the same facility clock time as the ceremony day. Computed by the
      // database: converting zones row by row in JavaScript cost more than the rest of a page.
      standbyAt:
        sql<Date | null>`(${ceremonies.standbyDate} + (${ceremonies.startsAt} at time zone ${ceremonies.timeZone})::time) at time zone ${ceremonies.timeZone}`.mapWith(
          (value: string | Date | null) => (value === null ? null : new Date(value)),
        ),
      verdict: ceremonies.lastVerdict,
      facilityCode: facilities.code,
    })
    .from(ceremonies)
    .innerJoin(facilities, eq(facilities.id, ceremonies.facilityId))
    .where(and(eq(ceremonies.kind, "key_signing"), inArray(ceremonies.status, [...HOLDS_ITS_DATE])))
    .orderBy(asc(ceremonies.startsAt));
  return rows.map((row) => ({
    ...row,
    startsAt: row.startsAt.getTime(),
    standbyAt: row.standbyAt === null ? null : row.standbyAt.getTime(),
  }));
}

/** The facility and template of the latest key signing that has started by `now`, if any. */
export async function loadLastSigningPlace(db: Queryable, now: Instant): Promise<SigningPlace | null> {
  const [row] = await db
    .select({
      facilityId: ceremonies.facilityId,
      templateId: ceremonies.templateId,
      startsAt: ceremonies.startsAt,
    })
    .from(ceremonies)
    .where(
      and(
        eq(ceremonies.kind, "key_signing"),
        inArray(ceremonies.status, [...PLACED_STATUSES]),
        lte(ceremonies.startsAt, dateOf(now)),
      ),
    )
    .orderBy(desc(ceremonies.startsAt))
    .limit(1);
  return row ? { ...row, startsAt: row.startsAt.getTime() } : null;
}
