import "server-only";
import { requireAccess } from "@/lib/auth/guard";
import { myUnavailability } from "@/lib/queries/portal";
import { getRuntime } from "@/lib/runtime";

/** The viewer's own unavailability windows. */
export async function loadAvailabilityPage() {
  const actor = await requireAccess("availability.manage_own", "/me/availability");
  const { db } = await getRuntime();
  const windows = await myUnavailability(db, actor.id as string);
  return { windows };
}
