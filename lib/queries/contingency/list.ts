import { and, asc, desc, eq, inArray, notInArray, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { ceremonies, contingencies } from "@/db/schema";
import { workflowTitle } from "@/lib/domain/contingency/title";
import { CONTINGENCY_CAUSES, CONTINGENCY_STATES } from "@/lib/domain/contingency/vocabulary";

const FINAL = ["resolved", "abandoned"] as const;
export const CONTINGENCY_VIEWS = ["active", "closed", "all"] as const;

/** List filters from the URL; anything unrecognised falls back to the default instead of failing. */
export const contingencyFilters = z.object({
  view: z.enum(CONTINGENCY_VIEWS).catch("active"),
  state: z.enum(CONTINGENCY_STATES).optional().catch(undefined),
  cause: z.enum(CONTINGENCY_CAUSES).optional().catch(undefined),
  ceremonyId: z.uuid().optional().catch(undefined),
});
export type ContingencyFilters = z.infer<typeof contingencyFilters>;

export function parseContingencyFilters(params: Record<string, string | string[] | undefined>) {
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) || undefined;
  return contingencyFilters.parse({
    view: first(params.view),
    state: first(params.state),
    cause: first(params.cause),
    ceremonyId: first(params.ceremonyId),
  });
}

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
