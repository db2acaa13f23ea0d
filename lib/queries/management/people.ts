import "server-only";
import { and, asc, eq, exists, getTableColumns, ilike, or, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { credentialSeats, credentialSets, people } from "@/db/schema";
import { PERSON_ROLES, type PersonRole } from "@/lib/domain/people";
import { isUuid } from "./is-uuid";

const { id, name, email, homeCountry, timeZone, roles, active } = getTableColumns(people);
const personColumns = { id, name, email, homeCountry, timeZone, roles, active };

export interface PeopleFilter {
  role?: PersonRole;
  setId?: string;
  q?: string;
}

/** The filter from a query string; values that are not a known role or a set id are dropped. */
export function parsePeopleFilter(params: Record<string, string | string[] | undefined>): PeopleFilter {
  const one = (key: string) => (typeof params[key] === "string" ? params[key].trim() : "");
  const role = one("role");
  return {
    ...((PERSON_ROLES as readonly string[]).includes(role) ? { role: role as PersonRole } : {}),
    ...(isUuid(one("set")) ? { setId: one("set") } : {}),
    ...(one("q") ? { q: one("q").slice(0, 100) } : {}),
  };
}

/** People matching the filter, each with the seats they hold ("CO-EAST 1 (active)"). */
export async function listPeopleFiltered(db: Queryable, filter: PeopleFilter) {
  const where: SQL[] = [];
  if (filter.role) where.push(sql`${filter.role} = any(${people.roles})`);
  if (filter.setId) {
    const seat = db
      .select({ one: sql`1` })
      .from(credentialSeats)
      .where(and(eq(credentialSeats.personId, people.id), eq(credentialSeats.setId, filter.setId)));
    where.push(exists(seat));
  }
  if (filter.q) {
    const text = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(people.name, text), ilike(people.email, text));
    if (match) where.push(match);
  }
  return db
    .select({
      ...personColumns,
      seats: sql<
        string[]
      >`coalesce(array_agg(${credentialSeats.label} || ' (' || ${credentialSeats.status} || ')' order by ${credentialSeats.label}) filter (where ${credentialSeats.id} is not null), '{}')`,
    })
    .from(people)
    .leftJoin(credentialSeats, eq(credentialSeats.personId, people.id))
    .where(and(...where))
    .groupBy(people.id)
    .orderBy(asc(people.name))
    .limit(500);
}

/** A person with their seats and each seat's set, or null. */
export async function getPerson(db: Queryable, id: string) {
  if (!isUuid(id)) return null;
  const [person] = await db.select().from(people).where(eq(people.id, id));
  if (!person) return null;
  const seats = await db
    .select({
      id: credentialSeats.id,
      setId: credentialSets.id,
      setCode: credentialSets.code,
      setName: credentialSets.name,
      size: credentialSets.size,
      label: credentialSeats.label,
      status: credentialSeats.status,
    })
    .from(credentialSeats)
    .innerJoin(credentialSets, eq(credentialSets.id, credentialSeats.setId))
    .where(eq(credentialSeats.personId, id))
    .orderBy(asc(credentialSets.code));
  return { ...person, seats };
}

export async function listPersonOptions(db: Queryable) {
  return db
    .select({ id: people.id, name: people.name, email: people.email })
    .from(people)
    .where(eq(people.active, true))
    .orderBy(asc(people.name));
}
