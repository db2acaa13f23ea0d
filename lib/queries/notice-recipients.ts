import "server-only";
import { and, arrayOverlaps, asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { people } from "@/db/schema";
import type { PersonRole } from "@/lib/domain/people";

export interface NoticeRecipient {
  id: string;
  email: string;
  roles: PersonRole[];
}

/**
 * Active people holding any of `roles`: who receives organisation-wide notices (coordinators, and staff
 * when a notice is widened). One query; callers narrow the list by role in memory.
 */
export async function activePeopleWithAnyRole(
  db: Queryable,
  roles: readonly PersonRole[],
): Promise<NoticeRecipient[]> {
  if (roles.length === 0) return [];
  return db
    .select({ id: people.id, email: people.email, roles: people.roles })
    .from(people)
    .where(and(eq(people.active, true), arrayOverlaps(people.roles, [...roles])))
    .orderBy(asc(people.email));
}
