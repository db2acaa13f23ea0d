import "server-only";
import { and, asc, eq, gte, inArray, lte, or } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonies, facilities, people, travelRestrictions } from "@/db/schema";
import type { CalendarCeremony, CalendarRestriction, DayRange } from "@/lib/domain/calendar/calendar-events";
import { type CivilDate, civilToDayNumber, dateOf, MS_PER_DAY } from "@/lib/time";
import { visibleCeremonies } from "../planning/ceremony-scope";
import { planningSettingsOf } from "../planning/load-quorum";

export interface CalendarViewer {
  personId: string;
  /** From policy's `seesEveryCeremony`. */
  seesAll: boolean;
}

const startOf = (date: CivilDate) => civilToDayNumber(date) * MS_PER_DAY;

/**
 * What the calendar shows for `range`, in four statements whatever the data: the deadline settings, then
 * the ceremonies (by start, standby date or a deadline inside the range), the restriction windows that
 * overlap it and the facilities to filter by. Someone who does not see every ceremony gets only those
 * they are invited to, restrictions on travel from their home country and the facilities of their
 * ceremonies. A facility filter keeps that facility's ceremonies and restrictions into its country.
 */
export async function monthEvents(
  db: Queryable,
  viewer: CalendarViewer,
  range: DayRange,
  facilityId: string | null,
) {
  const policy = await planningSettingsOf(db);
  const lead = Math.max(policy.announceDays, policy.rsvpDays, policy.travelRequestDays);
  // A day either side covers every zone's reading of the range's dates.
  const from = dateOf(startOf(range.from) - MS_PER_DAY);
  const to = dateOf(startOf(range.to) + (lead + 2) * MS_PER_DAY);
  const scope = visibleCeremonies(db, viewer.personId, viewer.seesAll);
  const facilityCountry = db
    .select({ country: facilities.country })
    .from(facilities)
    .where(eq(facilities.id, facilityId ?? ""));
  const homeCountry = db
    .select({ country: people.homeCountry })
    .from(people)
    .where(eq(people.id, viewer.personId));
  const [ceremonyRows, restrictionRows, facilityRows] = await Promise.all([
    db
      .select({
        id: ceremonies.id,
        label: ceremonies.label,
        kind: ceremonies.kind,
        status: ceremonies.status,
        startsAt: ceremonies.startsAt,
        durationMinutes: ceremonies.durationMinutes,
        timeZone: ceremonies.timeZone,
        standbyDate: ceremonies.standbyDate,
        facilityId: ceremonies.facilityId,
      })
      .from(ceremonies)
      .where(
        and(
          scope,
          facilityId ? eq(ceremonies.facilityId, facilityId) : undefined,
          or(
            and(gte(ceremonies.startsAt, from), lte(ceremonies.startsAt, to)),
            and(gte(ceremonies.standbyDate, range.from), lte(ceremonies.standbyDate, range.to)),
          ),
        ),
      )
      .orderBy(asc(ceremonies.startsAt)),
    db
      .select({
        id: travelRestrictions.id,
        fromCountry: travelRestrictions.fromCountry,
        toCountry: travelRestrictions.toCountry,
        kind: travelRestrictions.kind,
        startDate: travelRestrictions.startDate,
        endDate: travelRestrictions.endDate,
      })
      .from(travelRestrictions)
      .where(
        and(
          lte(travelRestrictions.startDate, range.to),
          gte(travelRestrictions.endDate, range.from),
          viewer.seesAll ? undefined : inArray(travelRestrictions.fromCountry, homeCountry),
          facilityId ? inArray(travelRestrictions.toCountry, facilityCountry) : undefined,
        ),
      )
      .orderBy(asc(travelRestrictions.startDate)),
    db
      .select({
        id: facilities.id,
        code: facilities.code,
        name: facilities.name,
        timeZone: facilities.timeZone,
      })
      .from(facilities)
      .where(
        viewer.seesAll
          ? undefined
          : inArray(facilities.id, db.select({ id: ceremonies.facilityId }).from(ceremonies).where(scope)),
      )
      .orderBy(asc(facilities.code)),
  ]);
  const shown: CalendarCeremony[] = ceremonyRows.map((c) => ({ ...c, startsAt: c.startsAt.getTime() }));
  const restrictions: CalendarRestriction[] = restrictionRows;
  return { policy, ceremonies: shown, restrictions, facilities: facilityRows };
}
