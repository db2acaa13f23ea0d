import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { travelRestrictions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { auditChange } from "@/lib/services/shared/audit-change";
import { staleWrite } from "@/lib/services/shared/stale-write";
import { civilDateInZone, civilDaysBetween, dateOf, type Instant } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";
import { endRestrictionInput } from "@/lib/validation/restriction";
import { currentRestriction } from "./save-restriction";

const invalid = (message: string) =>
  new AppError("invalid_input", "Check the highlighted fields.", { end: message });

/**
 * Ends a restriction early: its last day becomes `end` (today in UTC unless chosen). It is kept, not deleted,
 * so the plans made while it applied can still be explained.
 */
export async function endRestriction(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  input: Record<string, unknown>,
  now: Instant,
) {
  authorize(actor, "restrictions.manage");
  const { id, version, reason, end = civilDateInZone(now, "UTC") } = parseInput(endRestrictionInput, input);
  return db.transaction(async (tx) => {
    const before = await currentRestriction(tx, id);
    if (before.version !== version) throw staleWrite(before, "This travel restriction");
    if (civilDaysBetween(before.start, end) < 0)
      throw invalid(`It starts on ${before.start}; end it on or after that day.`);
    if (civilDaysBetween(end, before.end) < 0)
      throw invalid(`It already ends on ${before.end}; edit it to extend it.`);
    const [row] = await tx
      .update(travelRestrictions)
      .set({ endDate: end, version: sql`${travelRestrictions.version} + 1`, updatedAt: dateOf(now) })
      .where(and(eq(travelRestrictions.id, id), eq(travelRestrictions.version, version)))
      .returning({ version: travelRestrictions.version });
    if (!row) throw staleWrite(before, "This travel restriction");
    await auditChange(
      tx,
      actor,
      "travel_restriction.ended",
      id,
      {
        reason,
        before: { end: before.end },
        after: { end },
      },
      now,
    );
    await refreshVerdicts(tx, boss, actor, { allLive: true }, now);
    return { id, version: row.version };
  });
}
