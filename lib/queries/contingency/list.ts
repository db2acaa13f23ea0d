import "server-only";
import { and, asc, desc, eq, inArray, notInArray, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonies, contingencies } from "@/db/schema";
import { workflowTitle } from "@/lib/domain/contingency/title";
import type { ContingencyFilters } from "@/lib/validation/contingency-filters";

const FINAL = ["resolved", "abandoned"] as const;

/** Workflows matching the filters: active ones unacknowledged first, then by deadline; closed ones latest first. */
export async function listContingencies(db: Queryable, filters: Partial<ContingencyFilters> = {}) {
  const where: SQL[] = [];
  if (filters.view === "closed") where.push(inArray(contingencies.state, [...FINAL]));
  else if (filters.view !== "all") where.push(notInArray(contingencies.state, [...FINAL]));
  if (filters.state) where.push(eq(contingencies.state, filters.state));
  if (filters.cause) where.push(eq(contingencies.cause, filters.cause));
  if (filters.ceremonyId) where.push(eq(contingencies.ceremonyId, filters.ceremonyId));
  const rows = await db
    .select({
      id: contingencies.id,
      cause: contingencies.cause,
      state: contingencies.state,
      reason: contingencies.reason,
      playbookName: contingencies.playbookName,
      chosenOption: contingencies.chosenOption,
      escalationLevel: contingencies.escalationLevel,
      // From the playbook as it was when the workflow opened: what the escalation job climbs.
      escalationHours: sql<number>`(${contingencies.playbook}->>'escalationHours')::int`.mapWith(Number),
      escalationLevels:
        sql<number>`jsonb_array_length(${contingencies.playbook}->'escalationLevels')`.mapWith(Number),
      deadlineAt: contingencies.deadlineAt,
      openedAt: contingencies.openedAt,
      acknowledgedAt: contingencies.acknowledgedAt,
      resolutionProposedAt: contingencies.resolutionProposedAt,
      closedAt: contingencies.closedAt,
      ceremonyId: contingencies.ceremonyId,
      ceremonyLabel: ceremonies.label,
    })
    .from(contingencies)
    .leftJoin(ceremonies, eq(ceremonies.id, contingencies.ceremonyId))
    .where(and(...where))
    .orderBy(...activeFirst(), desc(contingencies.openedAt))
    .limit(200);
  return rows.map((row) => ({ ...row, title: workflowTitle(row) }));
}

/** Most urgent first: still final last, unacknowledged first, then the nearest deadline. */
export function activeFirst(): SQL[] {
  return [
    asc(sql`case when ${contingencies.state} in ('resolved', 'abandoned') then 1 else 0 end`),
    asc(sql`case when ${contingencies.state} = 'open' then 0 else 1 end`),
    sql`${contingencies.deadlineAt} asc nulls last`,
  ];
}
