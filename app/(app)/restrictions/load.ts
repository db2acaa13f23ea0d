import "server-only";
import { requireAccess } from "@/lib/auth/guard";
import { listRestrictions } from "@/lib/queries/management/restrictions";
import { getRuntime } from "@/lib/runtime";
import { civilDateInZone, currentInstant } from "@/lib/time";

/** The /restrictions list: the viewer, today's UTC date and the restrictions active, upcoming and ended as of it. */
export async function loadRestrictionsPage() {
  const actor = await requireAccess("restrictions.view", "/restrictions");
  const { db } = await getRuntime();
  const today = civilDateInZone(currentInstant(), "UTC");
  const { active, upcoming, ended } = await listRestrictions(db, today);
  return { actor, today, active, upcoming, ended };
}
