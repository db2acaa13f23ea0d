import "server-only";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import {
  ceremonies,
  ceremonyRequirements,
  ceremonyTemplates,
  ceremonyTransitions,
  facilities,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import type { Instant } from "@/lib/time";
import { createCeremonySchema } from "@/lib/validation/ceremony";
import { parseInput } from "@/lib/validation/parse-input";
import { resolveCeremonyTime } from "./ceremony-time";
import { requirementsAtFacility } from "./facility-credential-sets";

/** Plans a new ceremony (status proposed) at a facility's local date and time, with a template's requirements. */
export async function createCeremony(db: Db, boss: PgBoss, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "ceremonies.manage");
  const input = parseInput(createCeremonySchema, raw);
  return db.transaction(async (tx) => {
    const [facility] = await tx.select().from(facilities).where(eq(facilities.id, input.facilityId));
    if (!facility)
      throw new AppError("invalid_input", "Check the facility.", {
        facilityId: "Choose a facility from the list.",
      });
    const template = input.templateId
      ? (await tx.select().from(ceremonyTemplates).where(eq(ceremonyTemplates.id, input.templateId)))[0]
      : undefined;
    if (input.templateId && !template) {
      throw new AppError("invalid_input", "Check the template.", {
        templateId: "Choose a template from the list.",
      });
    }
    const [clash] = await tx
      .select({ id: ceremonies.id })
      .from(ceremonies)
      .where(eq(ceremonies.label, input.label));
    if (clash)
      throw new AppError("invalid_input", "Check the label.", { label: `${input.label} is already used.` });
    const { startsAt, standbyDate } = resolveCeremonyTime(input, facility.timeZone, now);
    const [row] = await tx
      .insert(ceremonies)
      .values({
        label: input.label,
        kind: input.kind,
        facilityId: facility.id,
        startsAt,
        durationMinutes: input.durationMinutes,
        timeZone: facility.timeZone,
        standbyDate,
        agenda: input.agenda,
        status: "proposed",
        templateId: template?.id ?? null,
      })
      .returning();
    if (!row) throw new AppError("internal", "The ceremony was not saved.");
    const { requirements } = await requirementsAtFacility(
      tx,
      facility,
      template?.requirements ?? [],
      "templateId",
    );
    if (requirements.length > 0) {
      await tx.insert(ceremonyRequirements).values(requirements.map((r) => ({ ceremonyId: row.id, ...r })));
    }
    await tx.insert(ceremonyTransitions).values({
      ceremonyId: row.id,
      fromStatus: null,
      toStatus: "proposed",
      reason: template ? `Planned from template “${template.name}”` : "Planned",
      actorId: actor.id,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "ceremony.create",
        subjectType: "ceremony",
        subjectId: row.id,
        summary: {
          after: {
            label: row.label,
            facility: facility.code,
            startsAt: startsAt.toISOString(),
            standbyDate,
            requirements,
          },
        },
      },
      now,
    );
    await refreshVerdicts(tx, boss, actor, { ceremonyIds: [row.id] }, now);
    return row;
  });
}
