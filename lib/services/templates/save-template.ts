import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ceremonyTemplates } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { auditChange } from "@/lib/services/shared/audit-change";
import { staleWrite } from "@/lib/services/shared/stale-write";
import { withUniqueFields } from "@/lib/services/shared/unique-violation";
import type { Instant } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";
import { editTemplateInput, templateFields } from "@/lib/validation/template";
import { resolveRequirements } from "./resolve-requirements";

const TEMPLATE_UNIQUE = {
  ceremony_templates_name_unique: { field: "name", message: "Another template already has this name." },
};

// Templates feed new ceremonies only (a ceremony copies its requirements), so no verdict moves here.

export async function addTemplate(db: Db, actor: Actor, input: Record<string, unknown>, now: Instant) {
  authorize(actor, "templates.manage");
  const { requirements: asked, ...values } = parseInput(templateFields, input);
  return withUniqueFields(
    () =>
      db.transaction(async (tx) => {
        const { requirements, warnings } = await resolveRequirements(tx, asked);
        const after = { ...values, requirements };
        const [row] = await tx
          .insert(ceremonyTemplates)
          .values(after)
          .returning({ id: ceremonyTemplates.id });
        const id = row?.id as string;
        await auditChange(tx, actor, "ceremony_template.create", id, { before: null, after }, now);
        return { id, version: 1, warnings };
      }),
    TEMPLATE_UNIQUE,
  );
}

/** Saves a template at the version the form showed; a newer version answers 409 with its values. */
export async function editTemplate(db: Db, actor: Actor, input: Record<string, unknown>, now: Instant) {
  authorize(actor, "templates.manage");
  const { id, version, requirements: asked, ...values } = parseInput(editTemplateInput, input);
  return withUniqueFields(
    () =>
      db.transaction(async (tx) => {
        const [current] = await tx.select().from(ceremonyTemplates).where(eq(ceremonyTemplates.id, id));
        if (!current) throw new AppError("not_found", "That template does not exist.");
        const before = {
          name: current.name,
          kind: current.kind,
          durationMinutes: current.durationMinutes,
          requirements: current.requirements,
          version: current.version,
        };
        if (current.version !== version) throw staleWrite(before, "This template");
        const { requirements, warnings } = await resolveRequirements(tx, asked);
        const after = { ...values, requirements };
        const [row] = await tx
          .update(ceremonyTemplates)
          .set({ ...after, version: sql`${ceremonyTemplates.version} + 1` })
          .where(and(eq(ceremonyTemplates.id, id), eq(ceremonyTemplates.version, version)))
          .returning({ version: ceremonyTemplates.version });
        if (!row) throw staleWrite(before, "This template");
        await auditChange(
          tx,
          actor,
          "ceremony_template.update",
          id,
          {
            before,
            after: { ...after, version: row.version },
          },
          now,
        );
        return { id, version: row.version, warnings };
      }),
    TEMPLATE_UNIQUE,
  );
}
