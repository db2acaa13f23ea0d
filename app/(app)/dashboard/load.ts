import "server-only";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { loadDashboard } from "@/lib/queries/dashboard/dashboard";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";

/** The dashboard: each section the viewer's roles may see, and their time zone. */
export async function loadDashboardPage() {
  const actor = await requireAccess("dashboard.view", "/dashboard");
  const session = await currentSession();
  const { db } = await getRuntime();
  const data = await loadDashboard(db, actor, currentInstant());
  return { ...data, zone: session?.user.timeZone ?? "UTC" };
}
