import "server-only";
import { requireAccess } from "@/lib/auth/guard";
import { listPlaybooks } from "@/lib/queries/contingency/playbooks";
import { loadContingencySettings } from "@/lib/queries/contingency/settings";
import { getRuntime } from "@/lib/runtime";

/** The /playbooks list: the viewer, every playbook and the contingency settings (with their version). */
export async function loadPlaybooksPage() {
  const actor = await requireAccess("playbooks.view", "/playbooks");
  const { db } = await getRuntime();
  const [playbooks, settings] = await Promise.all([listPlaybooks(db), loadContingencySettings(db)]);
  return { actor, playbooks, settings };
}
