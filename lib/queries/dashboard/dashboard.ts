import "server-only";
import type { Queryable } from "@/db/client";
import { can, type PolicyAction } from "@/lib/auth/policy";
import type { PersonRole } from "@/lib/domain/people";
import type { Instant } from "@/lib/time";
import { auditChainStatus } from "../audit-checkpoints";
import { loadCoverageState } from "../coverage/coverage-state";
import { recentMailFailures } from "../mail-failures";
import { myAnswers } from "./my-answers";
import { nextCeremonies } from "./next-ceremonies";
import { openContingencies } from "./open-contingencies";

export interface DashboardViewer {
  id: string | null;
  roles: readonly PersonRole[];
}

/**
 * Every section of the dashboard the viewer may see, each read by the same query its own page uses
 * (null for a section their roles do not cover). A person with several roles gets each of theirs.
 */
export async function loadDashboard(db: Queryable, viewer: DashboardViewer, now: Instant) {
  const when = <T>(action: PolicyAction, read: () => Promise<T>) =>
    can(viewer.roles, action) ? read() : Promise.resolve(null);
  const personId = viewer.id;
  const [mine, coverage, ceremonies, contingencies, mailFailures, chain] = await Promise.all([
    personId ? when("portal.view", () => myAnswers(db, personId, now)) : null,
    when("coverage.view", () => loadCoverageState(db, now)),
    when("roster.view", () => nextCeremonies(db, now)),
    when("contingency.view", () => openContingencies(db, now)),
    when("mail.view_failures", () => recentMailFailures(db, now)),
    when("audit.view", () => auditChainStatus(db)),
  ]);
  return {
    mine,
    coverage,
    ceremonies,
    contingencies,
    mailFailures,
    chain,
    mayPlan: can(viewer.roles, "ceremonies.manage"),
  };
}

export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;
