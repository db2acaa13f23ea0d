import { and, asc, desc, eq, inArray, lte } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonies, facilities } from "@/db/schema";
import type { SigningCeremony } from "@/lib/domain/coverage";
import { type Instant, instantOfLocal } from "@/lib/time";
import { formatInZone } from "@/lib/time/format";

export interface CoverageCeremony extends SigningCeremony {
  facilityCode: string;
  timeZone: string;
}

/** Where the last key signing took place: what the date finder needs to plan the next one alike. */
export interface SigningPlace {
  facilityId: string;
  templateId: string | null;
}

const OPEN_STATUSES = ["proposed", "scheduled", "confirmed"] as const;
// A ceremony that happened or is still meant to; postponed and cancelled ones say nothing about the venue.
const PLACED_STATUSES = [...OPEN_STATUSES, "held"] as const;

/** Key signing ceremonies still to happen (any date), with the verdict last computed for each. */
export async function loadSigningCeremonies(db: Queryable): Promise<CoverageCeremony[]> {
  const rows = await db
    .select({
      id: ceremonies.id,
      label: ceremonies.label,
      startsAt: ceremonies.startsAt,
      timeZone: ceremonies.timeZone,
      standbyDate: ceremonies.standbyDate,
      verdict: ceremonies.lastVerdict,
      facilityCode: facilities.code,
    })
    .from(ceremonies)
    .innerJoin(facilities, eq(facilities.id, ceremonies.facilityId))
    .where(and(eq(ceremonies.kind, "key_signing"), inArray(ceremonies.status, [...OPEN_STATUSES])))
    .orderBy(asc(ceremonies.startsAt));
  return rows.map((row) => {
    const startsAt = row.startsAt.getTime();
    // The standby day starts at the same facility clock time as the ceremony day.
    const localTime = formatInZone(startsAt, row.timeZone, "HH:mm");
    return {
      id: row.id,
      label: row.label,
      startsAt,
      standbyAt: row.standbyDate ? instantOfLocal(row.standbyDate, localTime, row.timeZone) : null,
      verdict: row.verdict,
      facilityCode: row.facilityCode,
      timeZone: row.timeZone,
    };
  });
}

/** The facility and template of the latest key signing that has started by `now`, if any. */
export async function loadLastSigningPlace(db: Queryable, now: Instant): Promise<SigningPlace | null> {
  const [row] = await db
    .select({ facilityId: ceremonies.facilityId, templateId: ceremonies.templateId })
    .from(ceremonies)
    .where(
      and(
        eq(ceremonies.kind, "key_signing"),
        inArray(ceremonies.status, [...PLACED_STATUSES]),
        lte(ceremonies.startsAt, new Date(now)),
      ),
    )
    .orderBy(desc(ceremonies.startsAt))
    .limit(1);
  return row ?? null;
}
