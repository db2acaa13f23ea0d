import "server-only";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { listContingencies } from "@/lib/queries/contingency/list";
import { getRuntime } from "@/lib/runtime";
import { parseContingencyFilters } from "@/lib/validation/contingency-filters";

/** The workflows matching the query string's filters for /contingencies, with the viewer's time zone. */
export async function loadContingenciesPage(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
) {
  const actor = await requireAccess("contingency.view", "/contingencies");
  const filters = parseContingencyFilters(await searchParams);
  const [{ db }, session] = await Promise.all([getRuntime(), currentSession()]);
  const rows = await listContingencies(db, filters);
  return { actor, filters, rows, zone: session?.user.timeZone ?? "UTC" };
}
