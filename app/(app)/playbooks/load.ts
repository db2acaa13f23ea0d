import "server-only";
import { requireAccess } from "@/lib/auth/guard";
import { listPlaybooks } from "@/lib/queries/contingency/playbooks";
import { loadContingencySettings } from "@/lib/queries/contingency/settings";
import { getRuntime } from "@/lib/runtime";
import { contingencySettingsFingerprint } from "@/lib/services/contingency/update-contingency-settings";

/** The /playbooks list: the viewer, every playbook, the contingency settings and their form fingerprint. */
export async function loadPlaybooksPage() {
  const actor = await requireAccess("playbooks.view", "/playbooks");
  const { db } = await getRuntime();
  const [playbooks, settings] = await Promise.all([listPlaybooks(db), loadContingencySettings(db)]);
  return { actor, playbooks, settings, settingsExpected: contingencySettingsFingerprint(settings) };
}
