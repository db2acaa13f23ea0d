import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { Instant } from "@/lib/time";
import { timeZoneInput } from "@/lib/validation/availability";
import { parseInput } from "@/lib/validation/parse-input";

/** Changes the zone the person reads times in. */
export async function setMyTimeZone(db: Db, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "calendar.subscribe");
  const { timeZone } = parseInput(timeZoneInput, raw);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ timeZone: people.timeZone })
      .from(people)
      .where(eq(people.id, actor.id as string));
    await tx
      .update(people)
      // The zone is also on the coordinator's person form: a form showing the old one is now stale.
      .set({ timeZone, version: sql`${people.version} + 1` })
      .where(eq(people.id, actor.id as string));
    await recordAudit(
      tx,
      actor,
      {
        action: "person.time_zone",
        subjectType: "person",
        subjectId: actor.id,
        summary: { before: { timeZone: before?.timeZone }, after: { timeZone } },
      },
      now,
    );
  });
}
