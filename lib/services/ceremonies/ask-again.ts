import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { invitations } from "@/db/schema";
import { RESPONSE_WORDS } from "@/lib/domain/quorum/vocabulary";
import type { InviteeRow } from "@/lib/queries/planning/load-quorum";
import type { Recipient } from "./notify-invitees";

/**
 * A ceremony moved: every answer was given for the old date, so each one waits for re-confirmation.
 * The answer is kept as the hint the invitee sees; until they confirm it, the quorum counts them as
 * not answered. Bumping the version turns a form loaded before the move into a conflict.
 */
export async function askAgain(tx: Queryable, ceremonyId: string) {
  await tx
    .update(invitations)
    .set({
      previousResponse: sql`${invitations.response}`,
      response: "no_answer",
      version: sql`${invitations.version} + 1`,
    })
    .where(and(eq(invitations.ceremonyId, ceremonyId), ne(invitations.response, "no_answer")));
}

/** The invitees as the change mail addresses them, each with the answer that now needs confirming. */
export function recipientsAskedAgain(invitees: readonly InviteeRow[]): Recipient[] {
  return invitees.map((invitee) => {
    const previous = invitee.response === "no_answer" ? invitee.previousResponse : invitee.response;
    return { ...invitee, previousAnswer: previous ? RESPONSE_WORDS[previous] : null };
  });
}
