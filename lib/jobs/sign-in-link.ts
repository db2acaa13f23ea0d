import "server-only";
import type { JobWithMetadata } from "pg-boss";
import type { Db } from "@/db/client";
import { issueSignInLink, type SignInLinkJob } from "@/lib/services/auth/issue-sign-in-link";
import { deliverEmail, markEmailFailed } from "@/lib/services/mail/deliver-email";
import type { Instant } from "@/lib/time";

/**
 * One sign-in request: issue its link (once, however often the job runs), then deliver it in the same
 * job, so a login waits for one queue hop only. A delivery that fails throws, and the retry finds the
 * same outbox row rather than issuing another link. The last failure marks the message failed.
 */
export async function runSignInLinkJob(
  db: Db,
  job: JobWithMetadata<SignInLinkJob>,
  now: Instant,
): Promise<void> {
  const messageId = await issueSignInLink(db, job.id, job.data, now);
  if (!messageId) return;
  try {
    await deliverEmail(db, { messageId }, now);
  } catch (error) {
    if (job.retryCount >= job.retryLimit) await markEmailFailed(db, { messageId });
    throw error;
  }
}
