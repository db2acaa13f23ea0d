import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { dateOf, type Instant, MS_PER_DAY } from "@/lib/time";

/** Messages given up on in the last day, newest first: all of them, or those of one template. */
export async function recentMailFailures(db: Queryable, now: Instant, template?: string) {
  return db
    .select({
      to: emailMessages.to,
      template: emailMessages.template,
      at: emailMessages.createdAt,
      error: emailMessages.lastError,
    })
    .from(emailMessages)
    .where(
      and(
        template ? eq(emailMessages.template, template) : undefined,
        eq(emailMessages.status, "failed"),
        gt(emailMessages.createdAt, dateOf(now - MS_PER_DAY)),
      ),
    )
    .orderBy(desc(emailMessages.createdAt))
    .limit(20);
}

/** Sign-in messages given up on in the last day: staff see them, since the person cannot get in. */
export function recentSignInFailures(db: Queryable, now: Instant) {
  return recentMailFailures(db, now, "sign_in");
}

/** The last mail to this address that could not be sent, for the person's page. */
export async function lastFailedMailTo(db: Queryable, email: string) {
  const [row] = await db
    .select({ template: emailMessages.template, at: emailMessages.createdAt, error: emailMessages.lastError })
    .from(emailMessages)
    .where(and(eq(emailMessages.to, email), eq(emailMessages.status, "failed")))
    .orderBy(desc(emailMessages.createdAt))
    .limit(1);
  return row ?? null;
}
