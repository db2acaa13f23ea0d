import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { coverageSettings } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { CoverageSettings } from "@/lib/queries/coverage/coverage-state";
import { auditChange } from "@/lib/services/shared/audit-change";
import { expectVersion } from "@/lib/services/shared/expect-version";
import type { Instant } from "@/lib/time";
import { intField, versionField } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";

const MAX_THRESHOLDS = 12;

/** "90, 60, 30" -> [90, 60, 30], longest first; or what is wrong with the list, in words. */
export function parseThresholds(text: string): number[] | string {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0) return "Enter at least one threshold.";
  if (parts.some((part) => !/^\d+$/.test(part)))
    return "Use whole numbers of days, separated by commas (e.g. 90, 30, 7).";
  const days = parts.map(Number);
  if (days.some((d) => d < 1 || d > 365)) return "Each threshold is between 1 and 365 days.";
  if (new Set(days).size !== days.length) return "Each threshold may appear only once.";
  if (days.length > MAX_THRESHOLDS) return `At most ${MAX_THRESHOLDS} thresholds.`;
  // Stored longest first, as the alerts read them and the form shows them.
  return days.sort((a, b) => b - a);
}

const thresholdsField = z.string({ error: "Enter the alert thresholds." }).transform((text, ctx) => {
  const days = parseThresholds(text);
  if (typeof days === "string") {
    ctx.addIssue({ code: "custom", message: days });
    return z.NEVER;
  }
  return days;
});

// intField alone would read an empty box as 0 (Number("") is 0): an emptied field must be refused.
const daysField = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  intField(0, 365, "a whole number of days"),
);

export const coverageSettingsInput = z.object({
  processingMarginDays: daysField,
  alertDays: thresholdsField,
  widenDays: daysField,
  version: versionField,
});

// A type alias, not the interface: the audit and conflict helpers take plain records.
type SettingsValues = Pick<CoverageSettings, "processingMarginDays" | "alertDays" | "widenDays">;

function settingsValues(row: CoverageSettings): SettingsValues {
  return {
    processingMarginDays: row.processingMarginDays,
    alertDays: row.alertDays,
    widenDays: row.widenDays,
  };
}

/** Saves the organisation's coverage settings unless someone changed them since the form was shown. */
export async function updateCoverageSettings(
  db: Db,
  actor: Actor,
  input: Record<string, unknown>,
  now: Instant,
): Promise<CoverageSettings> {
  authorize(actor, "coverage.configure");
  const { version, ...after } = parseInput(coverageSettingsInput, input);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(coverageSettings).where(eq(coverageSettings.id, 1)).for("update");
    const before = expectVersion(row, version, "The coverage settings", settingsValues);
    await tx
      .update(coverageSettings)
      .set({ ...after, version: sql`${coverageSettings.version} + 1` })
      .where(eq(coverageSettings.id, 1));
    await auditChange(tx, actor, "coverage.settings_updated", "settings", { before, after }, now);
    // The row is locked and was at `version`: the update made it one more.
    return { ...after, version: version + 1 };
  });
}
