import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { calendarFeeds } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { dateOf, type Instant } from "@/lib/time";

export async function revokeCalendarFeeds(db: Db, actor: Actor, now: Instant) {
  authorize(actor, "calendar.subscribe");
  await db.transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: dateOf(now) })
      .where(and(eq(calendarFeeds.personId, actor.id as string), isNull(calendarFeeds.revokedAt)));
    await recordAudit(
      tx,
      actor,
      {
        action: "calendar_feed.revoke",
        subjectType: "person",
        subjectId: actor.id,
      },
      now,
    );
  });
}
