import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonyTransitions, people } from "@/db/schema";
import { inviteAdvice } from "@/lib/domain/invite-advice";
import { milestonesFor } from "@/lib/domain/milestones";
import { requirementInWords } from "@/lib/domain/quorum";
import { groupBy } from "@/lib/group-by";
import type { Instant } from "@/lib/time";
import { loadCeremonyPlanning } from "./load-quorum";
import { quorumOutcomes } from "./quorum-outcomes";

/**
 * Everything the ceremony page shows, in a fixed number of queries whatever the number of invitees:
 * the ceremony, its roster with each person's feasibility and reasons, the quorum per requirement, how
 * many more people to invite, the milestones and the history.
 */
export async function ceremonyPage(db: Queryable, id: string, now: Instant, safetyMargin?: number) {
  // The history loads beside the planning facts: one wave for the whole page.
  const [plannings, history] = await Promise.all([
    loadCeremonyPlanning(db, [id]),
    db
      .select({
        id: ceremonyTransitions.id,
        fromStatus: ceremonyTransitions.fromStatus,
        toStatus: ceremonyTransitions.toStatus,
        reason: ceremonyTransitions.reason,
        changes: ceremonyTransitions.changes,
        at: ceremonyTransitions.at,
        actor: people.name,
      })
      .from(ceremonyTransitions)
      .leftJoin(people, eq(people.id, ceremonyTransitions.actorId))
      .where(eq(ceremonyTransitions.ceremonyId, id))
      .orderBy(asc(ceremonyTransitions.at)),
  ]);
  const planning = plannings.get(id);
  if (!planning) return null;
  const { ceremony, invitees, input, settings } = planning;
  const { verdict, requirements: outcomes, personOutcome } = quorumOutcomes(planning);
  const margin = safetyMargin ?? settings.safetyMargin;
  const lastMove = history.findLast((entry) => entry.changes.length > 0);
  const labels = new Map(outcomes.map((o) => [o.key, requirementInWords(o)]));
  const roster = invitees.map((invitee) => {
    const outcome = personOutcome.get(invitee.personId);
    return { ...invitee, outcome, fills: outcome?.assignedTo ? labels.get(outcome.assignedTo) : undefined };
  });
  const assigned = groupBy(
    roster.filter((r) => r.outcome?.assignedTo),
    (r) => r.outcome?.assignedTo as string,
  );
  return {
    ceremony,
    input,
    settings,
    verdict,
    requirements: outcomes.map((o) => ({ ...o, assigned: (assigned.get(o.key) ?? []).map((r) => r.name) })),
    advice: inviteAdvice(outcomes, margin),
    safetyMargin: margin,
    roster,
    /** Answers given for an earlier date that wait for re-confirmation: the quorum counts them as open. */
    reconfirmPending: invitees.filter((i) => i.previousResponse !== null).length,
    milestones: milestonesFor(
      {
        startsAt: ceremony.startsAt.getTime(),
        timeZone: ceremony.timeZone,
        standbyDate: ceremony.standbyDate,
        status: ceremony.status,
        invited: invitees.length,
        unanswered: invitees.filter((i) => i.response === "no_answer").length,
        travelling: invitees.filter((i) => i.response === "attending" || i.response === "if_need_be").length,
        movedAt: lastMove ? lastMove.at.getTime() : null,
      },
      settings,
      now,
    ),
    history,
  };
}

export type CeremonyPageData = NonNullable<Awaited<ReturnType<typeof ceremonyPage>>>;
