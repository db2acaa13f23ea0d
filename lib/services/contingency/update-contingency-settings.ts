import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { contingencySettings, playbooks } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { CONTINGENCY_SETTINGS_DEFAULTS, type ContingencySettings } from "@/lib/queries/contingency/settings";
import { auditChange } from "@/lib/services/shared/audit-change";
import { expectVersion } from "@/lib/services/shared/expect-version";
import type { Instant } from "@/lib/time";
import { intField, versionField } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";

export const contingencySettingsInput = z.object({
  // intField alone would read an emptied box as 0 (Number("") is 0): it must be refused instead.
  coverageThresholdDays: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    intField(1, 365, "a whole number of days"),
  ),
  defaultPlaybookId: z.uuid({ error: "Choose the default playbook." }),
  version: versionField,
});

const settingsValues = (row: ContingencySettings) => ({
  coverageThresholdDays: row.coverageThresholdDays,
  defaultPlaybookId: row.defaultPlaybookId,
});

/**
 * Saves the coverage threshold and the default playbook, unless someone changed them since the form was
 * shown. Workflows already open keep the playbook they snapshotted.
 */
export async function updateContingencySettings(
  db: Db,
  actor: Actor,
  raw: unknown,
  now: Instant,
): Promise<ContingencySettings> {
  authorize(actor, "playbooks.manage");
  const { version, ...after } = parseInput(contingencySettingsInput, raw);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(contingencySettings)
      .where(eq(contingencySettings.id, 1))
      .for("update");
    const before = expectVersion(
      row ?? CONTINGENCY_SETTINGS_DEFAULTS,
      version,
      "The contingency settings",
      settingsValues,
    );
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
      .values({ id: 1, ...after, version: version + 1 })
      .onConflictDoUpdate({ target: contingencySettings.id, set: { ...after, version: version + 1 } });
    await auditChange(tx, actor, "contingency.settings_updated", "settings", { before, after }, now);
    return { ...after, version: version + 1 };
  });
}
