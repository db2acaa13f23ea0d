import "server-only";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { loadCoverageState } from "@/lib/queries/coverage/coverage-state";
import { listFacilities, listPeople } from "@/lib/queries/dashboard";
import { listCeremonies } from "@/lib/queries/planning/ceremony-list";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";

/** The dashboard: upcoming ceremonies, people, facilities with their sets, and (if allowed) coverage. */
export async function loadDashboardPage() {
  const actor = await requireAccess("dashboard.view", "/dashboard");
  const session = await currentSession();
  const { db } = await getRuntime();
  const now = currentInstant();
  const [ceremonyRows, peopleRows, facilityRows, coverage] = await Promise.all([
    listCeremonies(db, now, "upcoming"),
    listPeople(db),
    listFacilities(db),
    can(actor.roles, "coverage.view") ? loadCoverageState(db, now) : null,
  ]);
  return { session, ceremonyRows, peopleRows, facilityRows, coverage };
}
