import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emailMessages, people, verificationTokens } from "@/db/schema";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth/session-limits";
import { appUrl } from "@/lib/http/app-url";
import { authSecret } from "@/lib/secrets/derived-keys";
import { writeOutbox } from "@/lib/services/mail/outbox";
import { dateOf, type Instant, MS_PER_MINUTE } from "@/lib/time";

export interface SignInLinkJob {
  email: string;
  /** Where to land after signing in: a path on this site (already made safe by the form). */
  callbackPath: string;
}

/** What the stored copy of a sign-in mail shows in place of the link. */
export const WITHHELD_LINK = "(link withheld from the stored copy: it reached the recipient only)";

/** Auth.js stores a verification token as SHA-256 over the token and the secret, and checks it so. */
export function verificationTokenHash(token: string, secret = authSecret()): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

export function signInOutboxKey(jobId: string): string {
  return `sign-in:${jobId}`;
}

/**
 * Issues the link a sign-in request asked for, once per job: a fresh token (every older unused link of
 * the person stops working), and the outbox row whose link is sealed. Runs in the worker, so the
 * request that asked does the same work whether or not the address belongs to anyone. Returns the
 * outbox message id, or null when the address belongs to nobody who may sign in.
 */
export async function issueSignInLink(db: Db, jobId: string, job: SignInLinkJob, now: Instant) {
  const key = signInOutboxKey(jobId);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: emailMessages.id })
      .from(emailMessages)
      .where(eq(emailMessages.idempotencyKey, key));
    if (existing) return existing.id;
    const [person] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.email, job.email), eq(people.active, true)));
    if (!person) return null;
    const token = randomBytes(32).toString("hex");
    const expires = dateOf(now + SIGN_IN_LINK_MINUTES * MS_PER_MINUTE);
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, job.email));
    await tx
      .insert(verificationTokens)
      .values({ identifier: job.email, token: verificationTokenHash(token), expires });
    const link = new URL(appUrl("/signin/confirm"));
    link.searchParams.set("token", token);
    link.searchParams.set("email", job.email);
    if (job.callbackPath !== "/") link.searchParams.set("callbackUrl", job.callbackPath);
    return writeOutbox(tx, {
      template: "sign_in",
      to: job.email,
      props: { url: WITHHELD_LINK, expiresInMinutes: SIGN_IN_LINK_MINUTES },
      sealedProps: { url: link.toString() },
      idempotencyKey: key,
    });
  });
}
