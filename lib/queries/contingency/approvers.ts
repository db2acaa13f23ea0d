import "server-only";
import { and, arrayOverlaps, asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { people } from "@/db/schema";
import { can } from "@/lib/auth/policy";
import type { Approval } from "@/lib/domain/contingency/playbook";

/**
 * The active people who could approve under any of `approvals`: they hold one of the roles named and
 * the policy lets them approve at all. One query, whatever the number of rules.
 */
export async function approvalCandidates(db: Queryable, approvals: readonly (Approval | null)[]) {
  const roles = [...new Set(approvals.flatMap((a) => (a ? [a.role] : [])))];
  if (roles.length === 0) return [];
  const rows = await db
    .select({ id: people.id, name: people.name, roles: people.roles })
    .from(people)
    .where(and(eq(people.active, true), arrayOverlaps(people.roles, roles)))
    .orderBy(asc(people.name));
  return rows.filter((person) => can(person.roles, "contingency.approve"));
}

export type ApprovalCandidate = Awaited<ReturnType<typeof approvalCandidates>>[number];
