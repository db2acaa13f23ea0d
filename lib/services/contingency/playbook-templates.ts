import "server-only";
import { asc, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { contingencySettings, playbooks } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { systemActor } from "@/lib/auth/actor";
import { playbookDefinitionSchema } from "@/lib/domain/contingency/playbook";
import { PLAYBOOK_TEMPLATES } from "@/lib/domain/contingency/templates";
import { AppError } from "@/lib/errors";
import { loadContingencySettings } from "@/lib/queries/contingency/settings";
import type { Instant } from "@/lib/time";

export type PlaybookRow = typeof playbooks.$inferSelect;

/**
 * Adds the shipped playbooks that are missing (by name: an edited copy keeps its edits) and makes the
 * high-assurance one the default when none is set. Idempotent: call it at every start and from the seed.
 */
export async function installPlaybookTemplates(db: Queryable, now: Instant): Promise<number> {
  const inserted = await db
    .insert(playbooks)
    .values(
      PLAYBOOK_TEMPLATES.map((template) => ({
        name: template.name,
        assurance: template.definition.assurance,
        definition: playbookDefinitionSchema.parse(template.definition),
      })),
    )
    .onConflictDoNothing({ target: playbooks.name })
    .returning({ id: playbooks.id, name: playbooks.name });
  const high = PLAYBOOK_TEMPLATES.find((template) => template.definition.assurance === "high");
  const [fallback] = await db
    .select({ id: playbooks.id })
    .from(playbooks)
    .where(high ? eq(playbooks.name, high.name) : undefined)
    .orderBy(asc(playbooks.name))
    .limit(1);
  if (fallback)
    await db
      .insert(contingencySettings)
      .values({ id: 1, defaultPlaybookId: fallback.id })
      .onConflictDoUpdate({
        target: contingencySettings.id,
        set: { defaultPlaybookId: fallback.id, version: sql`${contingencySettings.version} + 1` },
        setWhere: isNull(contingencySettings.defaultPlaybookId),
      });
  if (inserted.length > 0)
    await recordAudit(
      db,
      systemActor(),
      {
        action: "playbook.installed",
        subjectType: "playbook",
        subjectId: null,
        summary: { names: inserted.map((row) => row.name) },
      },
      now,
    );
  return inserted.length;
}

/**
 * The playbook a new workflow follows: the one asked for, else the organisation's default, else the
 * first high-assurance one. With none on file the shipped templates are installed first, so an
 * automatic trigger never fails for want of a playbook.
 */
export async function resolvePlaybook(
  tx: Queryable,
  now: Instant,
  playbookId?: string,
): Promise<PlaybookRow> {
  if (playbookId) {
    const [row] = await tx.select().from(playbooks).where(eq(playbooks.id, playbookId));
    if (!row)
      throw new AppError("invalid_input", "Check the highlighted fields.", {
        playbookId: "No such playbook.",
      });
    return row;
  }
  const settings = await loadContingencySettings(tx);
  if (settings.defaultPlaybookId) {
    const [row] = await tx.select().from(playbooks).where(eq(playbooks.id, settings.defaultPlaybookId));
    if (row) return row;
  }
  const [first] = await tx
    .select()
    .from(playbooks)
    .orderBy(asc(playbooks.assurance), asc(playbooks.name))
    .limit(1);
  if (first) return first;
  await installPlaybookTemplates(tx, now);
  return resolvePlaybook(tx, now);
}
