import "server-only";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { unavailability } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { civilDateInZone, civilDaysBetween, type Instant } from "@/lib/time";
import { windowSchema } from "@/lib/validation/availability";
import { parseInput } from "@/lib/validation/parse-input";

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
