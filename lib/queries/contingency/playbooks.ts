import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { playbooks } from "@/db/schema";
import { isUuid } from "@/lib/queries/management/is-uuid";
import { loadContingencySettings } from "./settings";

const defaultPlaybookId = async (db: Queryable) => (await loadContingencySettings(db)).defaultPlaybookId;

/** The organisation's playbooks, highest assurance first, with how many options each offers. */
export async function listPlaybooks(db: Queryable) {
  const [rows, defaultId] = await Promise.all([
    db.select().from(playbooks).orderBy(asc(playbooks.assurance), asc(playbooks.name)),
    defaultPlaybookId(db),
  ]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    assurance: row.assurance,
    version: row.version,
    updatedAt: row.updatedAt,
    options: row.definition.options.map((option) => option.title),
    escalationHours: row.definition.escalationHours,
    isDefault: row.id === defaultId,
  }));
}

/** One playbook with its definition, and the same as pretty JSON for the editor. */
export async function playbookDetail(db: Queryable, id: string) {
  if (!isUuid(id)) return null;
  const [[row], defaultId] = await Promise.all([
    db.select().from(playbooks).where(eq(playbooks.id, id)),
    defaultPlaybookId(db),
  ]);
  if (!row) return null;
  return { ...row, definitionJson: JSON.stringify(row.definition, null, 2), isDefault: row.id === defaultId };
}
