import "server-only";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { z } from "zod";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { SIGN_IN_LIMITS } from "@/lib/auth/session-limits";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/limits/rate-limit";
import { enqueueInTransaction } from "@/lib/queue/boss";
import { QUEUES } from "@/lib/queue/queues";
import type { Instant } from "@/lib/time";

const SIGN_IN_JOB_DELAY_SECONDS = 1;

export const signInEmailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like name@example.org." }).max(254));

/**
 * Takes a sign-in request: rate limits, the audit event and a job that issues and sends the link. The
 * request does the same work whether or not the address belongs to someone (the job finds out), so
 * neither the answer nor its timing tells; only the audit trail records which it was.
 */
export async function requestSignIn(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  input: { email: unknown; callbackPath: string },
  now: Instant,
) {
  const rawEmail = input.email;
  const parsed = signInEmailSchema.safeParse(rawEmail);
  if (!parsed.success) {
    throw new AppError("invalid_input", "Check the email address.", {
      email: parsed.error.issues[0]?.message ?? "Invalid email address.",
    });
  }
  const email = parsed.data;
  return db.transaction(async (tx) => {
    const byAddress = await hitRateLimit(tx, `signin:address:${email}`, SIGN_IN_LIMITS.perAddress, now);
    const byIp = await hitRateLimit(tx, `signin:ip:${actor.ip ?? "unknown"}`, SIGN_IN_LIMITS.perIp, now);
    const [person] = await tx
      .select({ id: people.id, active: people.active })
      .from(people)
      .where(eq(people.email, email));
    const limited = !byAddress.allowed || !byIp.allowed;
    const send = !limited && Boolean(person?.active);
    await recordAudit(
      tx,
      actor,
      {
        action: limited ? "auth.sign_in_rate_limited" : "auth.sign_in_requested",
        subjectType: "person",
        subjectId: person?.id ?? null,
        summary: { email, known: Boolean(person), active: person?.active ?? false, linkSent: send },
      },
      now,
    );
    if (limited) {
      const retryAt = byAddress.allowed ? byIp.retryAt : byAddress.retryAt;
      return { email, rateLimitedUntil: retryAt };
    }
    // The job starts a moment after the answer has gone out: its work (for a registered address only)
    // then never lands in this request's time, which would tell registered addresses apart.
    await enqueueInTransaction(
      boss,
      tx,
      QUEUES.signIn,
      { email, callbackPath: input.callbackPath },
      { startAfter: SIGN_IN_JOB_DELAY_SECONDS },
    );
    return { email, rateLimitedUntil: null };
  });
}
