import "server-only";
import { and, eq, gte, inArray, lte, ne } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonies, facilities, invitations, people } from "@/db/schema";
import { HOLDS_ITS_DATE } from "@/lib/domain/ceremony-lifecycle";
import type { BusyCeremony, SearchDeadline } from "@/lib/domain/quorum";
import { groupBy } from "@/lib/group-by";
import { type CivilDate, civilToDayNumber, type Instant, MS_PER_DAY, MS_PER_MINUTE } from "@/lib/time";
import { loadCoverageState } from "../coverage/coverage-state";

/** A standby day falls at most 14 days after its ceremony; a day either side covers any zone. */
const STANDBY_REACH_DAYS = 15;

/**
 * The calendar a date search must respect: every other ceremony that holds its date near the window
 * (with the people expected there, those not declined), and, for a key signing, the coverage deadlines
 * (the latest useful start and coverage end) a date must not start after.
 */
export async function dateFinderCalendar(
  db: Queryable,
  search: { from: CivilDate; to: CivilDate; excludeCeremonyId?: string; signing: boolean; now: Instant },
) {
  const first = civilToDayNumber(search.from) * MS_PER_DAY - STANDBY_REACH_DAYS * MS_PER_DAY;
  const last = (civilToDayNumber(search.to) + 2) * MS_PER_DAY;
  const [rows, deadlines] = await Promise.all([
    db
      .select({
        id: ceremonies.id,
        label: ceremonies.label,
        startsAt: ceremonies.startsAt,
        durationMinutes: ceremonies.durationMinutes,
        standbyDate: ceremonies.standbyDate,
        facility: facilities.code,
      })
      .from(ceremonies)
      .innerJoin(facilities, eq(facilities.id, ceremonies.facilityId))
      .where(
        and(
          inArray(ceremonies.status, [...HOLDS_ITS_DATE]),
          gte(ceremonies.startsAt, new Date(first)),
          lte(ceremonies.startsAt, new Date(last)),
          search.excludeCeremonyId ? ne(ceremonies.id, search.excludeCeremonyId) : undefined,
        ),
      ),
    search.signing ? signingDeadlines(db, search.now) : Promise.resolve([]),
  ]);
  const expected = rows.length
    ? await db
        .select({ ceremonyId: invitations.ceremonyId, id: people.id, name: people.name })
        .from(invitations)
        .innerJoin(people, eq(people.id, invitations.personId))
        .where(
          and(
            inArray(
              invitations.ceremonyId,
              rows.map((r) => r.id),
            ),
            ne(invitations.response, "declined"),
          ),
        )
    : [];
  const byCeremony = groupBy(expected, (row) => row.ceremonyId);
  const busy: BusyCeremony[] = rows.map((row) => ({
    label: row.label,
    facility: row.facility,
    start: row.startsAt.getTime(),
    end: row.startsAt.getTime() + row.durationMinutes * MS_PER_MINUTE,
    standbyDate: row.standbyDate,
    people: (byCeremony.get(row.id) ?? []).map(({ id, name }) => ({ id, name })),
  }));
  return { busy, deadlines };
}

/** What a key signing must start before: the latest useful start and the end of coverage, when known. */
export async function signingDeadlines(db: Queryable, now: Instant): Promise<SearchDeadline[]> {
  const coverage = await loadCoverageState(db, now);
  const deadlines: SearchDeadline[] = [];
  if (coverage.deadline.latestUsefulStart != null)
    deadlines.push({ at: coverage.deadline.latestUsefulStart, label: "the latest useful start" });
  if (coverage.coverageEnd != null) deadlines.push({ at: coverage.coverageEnd, label: "coverage end" });
  return deadlines;
}
