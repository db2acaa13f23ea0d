import "server-only";
import { count, inArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { emailMessages } from "@/db/schema";

export interface MailCounts {
  failed: number;
  queued: number;
  /** Of the failed: sign-in links, which leave someone unable to get in. */
  signInFailed: number;
}

/** Outbox messages given up on and still waiting: one grouped count, however large the outbox. */
export async function mailCounts(db: Queryable): Promise<MailCounts> {
  const signIn = sql<boolean>`${emailMessages.template} = 'sign_in'`;
  const rows = await db
    .select({ status: emailMessages.status, signIn, n: count() })
    .from(emailMessages)
    .where(inArray(emailMessages.status, ["failed", "queued"]))
    .groupBy(emailMessages.status, signIn);
  const of = (status: string, onlySignIn = false) =>
    rows
      .filter((row) => row.status === status && (!onlySignIn || row.signIn))
      .reduce((n, row) => n + row.n, 0);
  return { failed: of("failed"), queued: of("queued"), signInFailed: of("failed", true) };
}
