import "server-only";
import { getRestriction } from "@/lib/queries/management/restrictions";
import { loadRecordPage } from "@/lib/routes/record-page";
import { civilDateInZone, currentInstant } from "@/lib/time";

/** One travel restriction for /restrictions/[id], with the viewer and today (UTC); a missing one is a 404. */
export async function loadRestrictionPage(params: Promise<{ id: string }>) {
  const { actor, record } = await loadRecordPage(
    params,
    "restrictions.view",
    (id) => `/restrictions/${id}`,
    getRestriction,
  );
  return { actor, r: record, today: civilDateInZone(currentInstant(), "UTC") };
}
