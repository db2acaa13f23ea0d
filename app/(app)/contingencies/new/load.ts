import "server-only";
import { requireAccess } from "@/lib/auth/guard";
import { listPlaybooks } from "@/lib/queries/contingency/playbooks";
import { isUuid } from "@/lib/queries/management/is-uuid";
import { listCeremonies } from "@/lib/queries/planning/ceremony-list";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";

/**
 * The upcoming ceremonies and the playbooks to choose from on /contingencies/new, and the ceremony to
 * preselect (`?ceremonyId=`, when it is a well-formed id).
 */
export async function loadOpenContingencyPage(searchParams: Promise<Record<string, string>>) {
  await requireAccess("contingency.open", "/contingencies/new");
  const { ceremonyId } = await searchParams;
  const { db } = await getRuntime();
  const [ceremonies, playbooks] = await Promise.all([
    listCeremonies(db, currentInstant(), "upcoming"),
    listPlaybooks(db),
  ]);
  return { ceremonies, playbooks, ceremonyId: isUuid(ceremonyId) ? ceremonyId : null };
}
