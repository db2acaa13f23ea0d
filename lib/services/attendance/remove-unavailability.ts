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
import type { Instant } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";

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
