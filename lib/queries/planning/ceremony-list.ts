import "server-only";
import { asc, desc, eq, gte, lt } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonies, ceremonyTemplates, facilities } from "@/db/schema";
import { dateOf, type Instant } from "@/lib/time";

const columns = {
  id: ceremonies.id,
  label: ceremonies.label,
  kind: ceremonies.kind,
  status: ceremonies.status,
  startsAt: ceremonies.startsAt,
  timeZone: ceremonies.timeZone,
  durationMinutes: ceremonies.durationMinutes,
  lastVerdict: ceremonies.lastVerdict,
  facilityName: facilities.name,
};

/** Upcoming ceremonies soonest first, or past ones latest first. */
export async function listCeremonies(db: Queryable, now: Instant, when: "upcoming" | "past") {
  const query = db
    .select(columns)
    .from(ceremonies)
    .innerJoin(facilities, eq(facilities.id, ceremonies.facilityId));
  return when === "upcoming"
    ? query
        .where(gte(ceremonies.startsAt, dateOf(now)))
        .orderBy(asc(ceremonies.startsAt))
        .limit(200)
    : query
        .where(lt(ceremonies.startsAt, dateOf(now)))
        .orderBy(desc(ceremonies.startsAt))
        .limit(200);
}

/** Facilities and templates to choose from on the planning forms. */
export async function planningChoices(db: Queryable) {
  const [facilityRows, templateRows] = await Promise.all([
    db
      .select({ id: facilities.id, code: facilities.code, name: facilities.name })
      .from(facilities)
      .orderBy(asc(facilities.code)),
    db
      .select({
        id: ceremonyTemplates.id,
        name: ceremonyTemplates.name,
        durationMinutes: ceremonyTemplates.durationMinutes,
      })
      .from(ceremonyTemplates)
      .orderBy(asc(ceremonyTemplates.name)),
  ]);
  return {
    facilities: facilityRows.map((f) => ({ id: f.id, label: `${f.code}: ${f.name}` })),
    templates: templateRows.map((t) => ({ id: t.id, label: t.name, durationMinutes: t.durationMinutes })),
  };
}
