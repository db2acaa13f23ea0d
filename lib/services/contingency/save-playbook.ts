import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { playbooks } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { type PlaybookDefinition, playbookDefinitionSchema } from "@/lib/domain/contingency/playbook";
import { AppError } from "@/lib/errors";
import { staleWrite } from "@/lib/services/shared/stale-write";
import { withUniqueFields } from "@/lib/services/shared/unique-violation";
import { dateOf, type Instant } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";
import type { PlaybookRow } from "./playbook-templates";

const optionalId = z.preprocess((v) => (v === "" ? undefined : v), z.uuid().optional());

const savePlaybookInput = z.object({
  id: optionalId,
  version: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).optional()),
  name: z
    .string({ error: "Name the playbook." })
    .trim()
    .min(3, { error: "Name the playbook (at least 3 characters)." })
    .max(100, { error: "At most 100 characters." }),
  definition: z.string({ error: "Paste the playbook definition (JSON)." }),
});

const invalid = (fields: Record<string, string>) =>
  new AppError("invalid_input", "Check the highlighted fields.", fields);

/**
 * The definition text as a validated playbook. Every problem names its JSON path, under `definition`
 * (the first one, for the text area) and under `definition.<path>` (each one, for a structured editor).
 */
export function parseDefinition(text: string): PlaybookDefinition {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalid({ definition: `Not valid JSON: ${(error as Error).message}` });
  }
  const parsed = playbookDefinitionSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join(".");
    fields.definition ??= `At ${path || "the top level"}: ${issue.message}`;
    fields[path ? `definition.${path}` : "definition"] ??= issue.message;
  }
  throw invalid(fields);
}

const current = (row: PlaybookRow) => ({
  id: row.id,
  name: row.name,
  definition: JSON.stringify(row.definition, null, 2),
  version: row.version,
});

/** Creates a playbook or saves an edit of one (refused on a stale version). Running workflows keep the
 * snapshot they opened with. */
export async function savePlaybook(db: Db, actor: Actor, raw: unknown, now: Instant): Promise<PlaybookRow> {
  authorize(actor, "playbooks.manage");
  const input = parseInput(savePlaybookInput, raw);
  const definition = parseDefinition(input.definition);
  const values = { name: input.name, assurance: definition.assurance, definition, updatedAt: dateOf(now) };
  return withUniqueFields(
    () =>
      db.transaction(async (tx) => {
        let row: PlaybookRow | undefined;
        if (input.id) {
          const [before] = await tx.select().from(playbooks).where(eq(playbooks.id, input.id)).for("update");
          if (!before) throw new AppError("not_found", "This playbook no longer exists.");
          if (before.version !== input.version) throw staleWrite(current(before), `Playbook ${before.name}`);
          [row] = await tx
            .update(playbooks)
            .set({ ...values, version: sql`${playbooks.version} + 1` })
            .where(and(eq(playbooks.id, before.id), eq(playbooks.version, before.version)))
            .returning();
        } else {
          [row] = await tx.insert(playbooks).values(values).returning();
        }
        if (!row) throw new Error("playbook not saved");
        await recordAudit(
          tx,
          actor,
          {
            action: input.id ? "playbook.updated" : "playbook.created",
            subjectType: "playbook",
            subjectId: row.id,
            summary: { name: row.name, assurance: row.assurance, version: row.version },
          },
          now,
        );
        return row;
      }),
    { playbooks_name_unique: { field: "name", message: "Another playbook already has this name." } },
  );
}
