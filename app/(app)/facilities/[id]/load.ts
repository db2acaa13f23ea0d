import "server-only";
import { can } from "@/lib/auth/policy";
import { getFacility } from "@/lib/queries/management/facilities";
import { loadRecordPage } from "@/lib/routes/record-page";

/** One facility with its credential sets (404 if unknown), and what the viewer may change there. */
export async function loadFacilityPage(params: Promise<{ id: string }>) {
  const { actor, record: facility } = await loadRecordPage(
    params,
    "facilities.view",
    (id) => `/facilities/${id}`,
    getFacility,
  );
  const canEdit = can(actor.roles, "facilities.manage");
  const canSets = can(actor.roles, "credentials.manage");
  return { facility, canEdit, canSets };
}
