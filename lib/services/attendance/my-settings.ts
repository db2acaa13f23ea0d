import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { calendarFeeds, people } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { hashSecretToken, newSecretToken } from "@/lib/auth/secret-token";
import { dateOf, type Instant, isValidTimeZone } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";

/** Changes the zone the person reads times in. */
export async function setMyTimeZone(db: Db, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "calendar.subscribe");
  const { timeZone } = parseInput(
    z.object({
      timeZone: z
        .string()
        .trim()
        .refine(isValidTimeZone, { error: "Choose a time zone such as Europe/Stockholm." }),
    }),
    raw,
  );
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
