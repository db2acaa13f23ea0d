import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { travelRestrictions } from "@/db/schema";
import { type CivilDate, civilDaysBetween } from "@/lib/time";
import { isUuid } from "./is-uuid";

export type RestrictionRow = typeof travelRestrictions.$inferSelect;

/** Restrictions in force on `today`, starting later, and the most recently ended (at most 100). */
export async function listRestrictions(db: Queryable, today: CivilDate) {
  const rows = await db
    .select()
    .from(travelRestrictions)
    .orderBy(desc(travelRestrictions.endDate), asc(travelRestrictions.toCountry))
    .limit(1000);
  const active: RestrictionRow[] = [];
  const upcoming: RestrictionRow[] = [];
  const ended: RestrictionRow[] = [];
  for (const row of rows) {
    if (civilDaysBetween(row.endDate, today) > 0) ended.push(row);
    else if (civilDaysBetween(today, row.startDate) > 0) upcoming.push(row);
    else active.push(row);
  }
  return { active, upcoming, ended: ended.slice(0, 100) };
}

export async function getRestriction(db: Queryable, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(travelRestrictions).where(eq(travelRestrictions.id, id));
  return row ?? null;
}
