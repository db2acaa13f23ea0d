import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { calendarFeeds } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { hashSecretToken, newSecretToken } from "@/lib/auth/secret-token";
import { dateOf, type Instant } from "@/lib/time";

/**
 * Creates a secret calendar feed address for the person, revoking any earlier one. Only the token's hash
 * is stored: the address is shown once.
 */
export async function createCalendarFeed(db: Db, actor: Actor, now: Instant) {
  authorize(actor, "calendar.subscribe");
  const token = newSecretToken();
  await db.transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: dateOf(now) })
      .where(and(eq(calendarFeeds.personId, actor.id as string), isNull(calendarFeeds.revokedAt)));
    await tx
      .insert(calendarFeeds)
      .values({ personId: actor.id as string, tokenHash: hashSecretToken(token) });
    await recordAudit(
      tx,
      actor,
      {
        action: "calendar_feed.create",
        subjectType: "person",
        subjectId: actor.id,
      },
      now,
    );
  });
  return token;
}
