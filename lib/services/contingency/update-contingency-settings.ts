import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { contingencySettings, playbooks } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { CONTINGENCY_SETTINGS_DEFAULTS, type ContingencySettings } from "@/lib/queries/contingency/settings";
import { fingerprint } from "@/lib/queries/management/fingerprint";
import { auditChange } from "@/lib/services/shared/audit-change";
import { expectUnchanged } from "@/lib/services/shared/expect-unchanged";
import { intField } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";

export const contingencySettingsInput = z.object({
  // intField alone would read an emptied box as 0 (Number("") is 0): it must be refused instead.
  coverageThresholdDays: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    intField(1, 365, "a whole number of days"),
  ),
  defaultPlaybookId: z.uuid({ error: "Choose the default playbook." }),
  expected: z.string({ error: "Reload the page and try again." }),
});

/** What the form carries so a concurrent change is caught: the single settings row has no version. */
export function contingencySettingsFingerprint(settings: ContingencySettings): string {
  return fingerprint({ ...settings });
}

/**
 * Saves the coverage threshold and the default playbook, unless someone changed them since the form was
 * shown. Workflows already open keep the playbook they snapshotted.
 */
export async function updateContingencySettings(
  db: Db,
  actor: Actor,
  raw: unknown,
): Promise<ContingencySettings> {
  authorize(actor, "playbooks.manage");
  if (!can(actor.roles, "playbooks.manage"))
    throw new AppError("forbidden", "Only coordinators may change the contingency settings.");
  const { expected, ...after } = parseInput(contingencySettingsInput, raw);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(contingencySettings)
      .where(eq(contingencySettings.id, 1))
      .for("update");
    const current: ContingencySettings = row
      ? { coverageThresholdDays: row.coverageThresholdDays, defaultPlaybookId: row.defaultPlaybookId }
      : CONTINGENCY_SETTINGS_DEFAULTS;
    const before = expectUnchanged({ ...current }, expected, "The contingency settings");
    const [playbook] = await tx
      .select({ id: playbooks.id })
      .from(playbooks)
      .where(eq(playbooks.id, after.defaultPlaybookId));
    if (!playbook)
      throw new AppError("invalid_input", "Check the highlighted fields.", {
        defaultPlaybookId: "That playbook no longer exists: choose one from the list.",
      });
    await tx
      .insert(contingencySettings)
      .values({ id: 1, ...after })
      .onConflictDoUpdate({ target: contingencySettings.id, set: after });
    await auditChange(tx, actor, "contingency.settings_updated", "settings", { before, after });
    return after;
  });
}
