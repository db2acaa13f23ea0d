import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { inboxItems } from "@/db/schema";
import { type Actor, personIdOf } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { dateOf, type Instant } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";

const markReadSchema = z.union([
  z.object({ all: z.literal("1") }),
  z.object({ id: z.uuid({ error: "Unknown notice." }) }),
]);

/**
 * Marks one of the actor's own notices read, or all of them. Another person's notice is simply not
 * touched (the update is bounded by the actor), so an id from elsewhere changes nothing. Returns how many
 * notices changed.
 */
export async function markRead(db: Db, actor: Actor, raw: unknown, now: Instant): Promise<number> {
  authorize(actor, "inbox.view");
  const input = parseInput(markReadSchema, raw);
  const mine = and(eq(inboxItems.personId, personIdOf(actor)), isNull(inboxItems.readAt));
  const rows = await db
    .update(inboxItems)
    .set({ readAt: dateOf(now) })
    .where("id" in input ? and(mine, inArray(inboxItems.id, [input.id])) : mine)
    .returning({ id: inboxItems.id });
  return rows.length;
}
