import "server-only";
import { requireAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { listFacilitySummaries } from "@/lib/queries/management/facilities";
import { getRuntime } from "@/lib/runtime";

/** The facility list and whether the viewer may add facilities. */
export async function loadFacilitiesPage() {
  const actor = await requireAccess("facilities.view", "/facilities");
  const { db } = await getRuntime();
  const rows = await listFacilitySummaries(db);
  const canManage = can(actor.roles, "facilities.manage");
  return { rows, canManage };
}
