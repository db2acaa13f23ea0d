import "server-only";
import { notFound } from "next/navigation";
import { requireAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { getFacility } from "@/lib/queries/management/facilities";
import { getRuntime } from "@/lib/runtime";

/** One facility with its credential sets (404 if unknown), and what the viewer may change there. */
export async function loadFacilityPage(params: Promise<{ id: string }>) {
  const { id } = await params;
  const actor = await requireAccess("facilities.view", `/facilities/${id}`);
  const { db } = await getRuntime();
  const facility = await getFacility(db, id);
  if (!facility) notFound();
  const canEdit = can(actor.roles, "facilities.manage");
  const canSets = can(actor.roles, "credentials.manage");
  return { facility, canEdit, canSets };
}
