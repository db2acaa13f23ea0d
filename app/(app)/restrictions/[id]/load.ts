import "server-only";
import { getRestriction } from "@/lib/queries/management/restrictions";
import { loadRecordPage } from "@/lib/routes/record-page";

/** One travel restriction for /restrictions/[id], with the viewer; a missing one is a 404. */
export async function loadRestrictionPage(params: Promise<{ id: string }>) {
  const { actor, record } = await loadRecordPage(
    params,
    "restrictions.view",
    (id) => `/restrictions/${id}`,
    getRestriction,
  );
  return { actor, r: record };
}
