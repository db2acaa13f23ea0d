import "server-only";
import type { Queryable } from "@/db/client";
import { travelRequestDate } from "@/lib/domain/milestones";
import { dateOf, type Instant } from "@/lib/time";
import { planningSettingsOf } from "../planning/load-quorum";
import { myInvitations } from "../portal";

const FINISHED: readonly string[] = ["held", "cancelled"];

/**
 * One invitee's own view: the invitations waiting for their answer (or re-confirmation after a move),
 * and their next ceremony with the day travel must be requested by. Scoped to that person only.
 */
export async function myAnswers(db: Queryable, personId: string, now: Instant) {
  const [invited, settings] = await Promise.all([
    myInvitations(db, personId, dateOf(now)),
    planningSettingsOf(db),
  ]);
  const live = invited.filter((c) => !FINISHED.includes(c.status));
  const next = live.find((c) => c.response !== "declined") ?? null;
  return {
    pending: live.filter((c) => c.response === "no_answer"),
    next: next && {
      ...next,
      travelRequestBy: travelRequestDate(
        { startsAt: next.startsAt.getTime(), timeZone: next.timeZone },
        settings,
      ),
    },
  };
}
