import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { contingencySettings } from "@/db/schema";

/** The organisation's contingency settings: when a coverage workflow opens, and which playbook it follows. */
export interface ContingencySettings {
  coverageThresholdDays: number;
  defaultPlaybookId: string | null;
  /** What the settings form sends back, so a concurrent save is caught. */
  version: number;
}

// Migration 0004 inserts the single row; these are its column defaults, should it ever be missing.
export const CONTINGENCY_SETTINGS_DEFAULTS: ContingencySettings = {
  coverageThresholdDays: 30,
  defaultPlaybookId: null,
  version: 1,
};

export async function loadContingencySettings(db: Queryable): Promise<ContingencySettings> {
  const [row] = await db.select().from(contingencySettings).where(eq(contingencySettings.id, 1));
  if (!row) return CONTINGENCY_SETTINGS_DEFAULTS;
  return {
    coverageThresholdDays: row.coverageThresholdDays,
    defaultPlaybookId: row.defaultPlaybookId,
    version: row.version,
  };
}
