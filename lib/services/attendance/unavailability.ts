import "server-only";
import { and, eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { z } from "zod";
import type { Db } from "@/db/client";
import { unavailability } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { recordDenial } from "@/lib/audit/record-denial";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { civilDateInZone, civilDaysBetween, type Instant, isCivilDate } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";

const date = (label: string) =>
  z
    .string({ error: `Enter the ${label} date.` })
    .trim()
    .refine(isCivilDate, { error: `Enter the ${label} date as YYYY-MM-DD.` });

export const windowSchema = z
  .object({ from: date("first"), to: date("last"), note: z.string().trim().max(300).optional() })
  .refine((w) => w.from <= w.to, { error: "The last date must not be before the first.", path: ["to"] });

/** Adds a window of dates (inclusive, read in each facility's zone) on which the person cannot attend. */
export async function addUnavailability(db: Db, boss: PgBoss, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "availability.manage_own");
  const input = parseInput(windowSchema, raw);
  const today = civilDateInZone(now, "UTC");
  if (civilDaysBetween(today, input.to) < -1)
    throw new AppError("invalid_input", "Check the dates.", { to: "This window is already over." });
  if (civilDaysBetween(input.from, input.to) > 366)
    throw new AppError("invalid_input", "Check the dates.", { to: "Keep a window under a year." });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(unavailability)
      .values({
        personId: actor.id as string,
        fromDate: input.from,
        toDate: input.to,
        note: input.note || null,
      })
      .returning();
    await recordAudit(
      tx,
      actor,
      {
        action: "unavailability.add",
        subjectType: "person",
        subjectId: actor.id,
        summary: { after: { from: input.from, to: input.to } },
      },
      now,
    );
    await refreshVerdicts(tx, boss, actor, { allLive: true }, now);
    return row;
  });
}

export async function removeUnavailability(db: Db, boss: PgBoss, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "availability.manage_own");
  const { id } = parseInput(z.object({ id: z.uuid() }), raw);
  const [row] = await db.select().from(unavailability).where(eq(unavailability.id, id));
  if (!row || row.personId !== actor.id) {
    await recordDenial(db, actor, "availability.manage_own", now, { record: id });
    throw new AppError("not_found", "This window does not exist or is not yours.");
  }
  return db.transaction(async (tx) => {
    await tx
      .delete(unavailability)
      .where(and(eq(unavailability.id, id), eq(unavailability.personId, actor.id as string)));
    await recordAudit(
      tx,
      actor,
      {
        action: "unavailability.remove",
        subjectType: "person",
        subjectId: actor.id,
        summary: { before: { from: row.fromDate, to: row.toDate } },
      },
      now,
    );
    await refreshVerdicts(tx, boss, actor, { allLive: true }, now);
  });
}
