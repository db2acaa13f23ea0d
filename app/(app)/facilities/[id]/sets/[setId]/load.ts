import "server-only";
import { notFound } from "next/navigation";
import { requireAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { getCredentialSet } from "@/lib/queries/management/credential-sets";
import { listPersonOptions } from "@/lib/queries/management/people";
import { getRuntime } from "@/lib/runtime";

/**
 * One credential set of a facility with its seats (404 if unknown or at another facility), whether the
 * viewer may manage it, and (if so) the people who could be given a seat.
 */
export async function loadCredentialSetPage(params: Promise<{ id: string; setId: string }>) {
  const { id, setId } = await params;
  const actor = await requireAccess("facilities.view", `/facilities/${id}/sets/${setId}`);
  const { db } = await getRuntime();
  const found = await getCredentialSet(db, setId);
  if (!found || found.set.facilityId !== id) notFound();
  const canManage = can(actor.roles, "credentials.manage");
  const people = canManage ? await listPersonOptions(db) : [];
  return { id, found, canManage, people };
}
