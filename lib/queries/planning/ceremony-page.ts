import { and, arrayOverlaps, asc, eq, notInArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonyTransitions, credentialSeats, credentialSets, facilities, people } from "@/db/schema";
import { inviteAdvice } from "@/lib/domain/invite-advice";
import { milestonesFor } from "@/lib/domain/milestones";
import { evaluateQuorum, requirementKey } from "@/lib/domain/quorum";
import { ROLES } from "@/lib/domain/roles";
import { groupBy } from "@/lib/group-by";
import { loadCeremonyPlanning } from "./load-quorum";

/** Worth inviting for a requirement: holds the role and, for a credential set, a seat in it that is not retired. */
function mayFill(person: { roles: readonly string[]; seats: string[] }, role: string, set?: string): boolean {
  if (!person.roles.includes(role)) return false;
  return (
    set === undefined || person.seats.some((seat) => seat.startsWith(`${set} `) && !seat.endsWith(" retired"))
  );
}

/**
 * Everything the coordinator's ceremony page shows, in a fixed number of queries: the ceremony, its
 * roster with each person's feasibility and reasons, the quorum per requirement, how many more people
 * to invite, the milestones, the history, and who else could be invited.
 */
export async function ceremonyPage(db: Queryable, id: string, now: Date, safetyMargin?: number) {
  const planning = (await loadCeremonyPlanning(db, [id])).get(id);
  if (!planning) return null;
  const { ceremony, invitees, input, settings } = planning;
  const roles = [...new Set(input.requirements.map((r) => r.role))];
  const invitedIds = invitees.map((i) => i.personId);
  const [history, candidates, facilityRows, setRows] = await Promise.all([
    db
      .select({
        id: ceremonyTransitions.id,
        fromStatus: ceremonyTransitions.fromStatus,
        toStatus: ceremonyTransitions.toStatus,
        reason: ceremonyTransitions.reason,
        at: ceremonyTransitions.at,
        actor: people.name,
      })
      .from(ceremonyTransitions)
      .leftJoin(people, eq(people.id, ceremonyTransitions.actorId))
      .where(eq(ceremonyTransitions.ceremonyId, id))
      .orderBy(asc(ceremonyTransitions.at)),
    roles.length === 0
      ? Promise.resolve([])
      : db
          .select({
            id: people.id,
            name: people.name,
            email: people.email,
            roles: people.roles,
            homeCountry: people.homeCountry,
            seats: sql<
              string[]
            >`coalesce(array_agg(${credentialSets.code} || ' ' || ${credentialSeats.status}) filter (where ${credentialSeats.id} is not null), '{}')`,
          })
          .from(people)
          .leftJoin(credentialSeats, eq(credentialSeats.personId, people.id))
          .leftJoin(credentialSets, eq(credentialSets.id, credentialSeats.setId))
          .where(
            and(
              eq(people.active, true),
              arrayOverlaps(people.roles, roles),
              invitedIds.length ? notInArray(people.id, invitedIds) : undefined,
            ),
          )
          .groupBy(people.id)
          .orderBy(asc(people.name)),
    db
      .select({ id: facilities.id, code: facilities.code, name: facilities.name })
      .from(facilities)
      .orderBy(asc(facilities.code)),
    db
      .select({ id: credentialSets.id, code: credentialSets.code, name: credentialSets.name })
      .from(credentialSets)
      .orderBy(asc(credentialSets.code)),
  ]);
  const result = evaluateQuorum(input);
  const margin = safetyMargin ?? settings.safetyMargin;
  const outcomes = result.requirements.map((r) => ({ ...r, key: requirementKey(r) }));
  const personOutcome = new Map(result.people.map((p) => [p.id, p]));
  const roster = invitees.map((invitee) => ({ ...invitee, outcome: personOutcome.get(invitee.personId) }));
  const assigned = groupBy(
    roster.filter((r) => r.outcome?.assignedTo),
    (r) => r.outcome?.assignedTo as string,
  );
  return {
    ceremony,
    settings,
    verdict: result.verdict,
    requirements: outcomes.map((o) => ({ ...o, assigned: (assigned.get(o.key) ?? []).map((r) => r.name) })),
    advice: inviteAdvice(outcomes, margin),
    safetyMargin: margin,
    roster,
    candidates: candidates
      .filter((c) => input.requirements.some((r) => mayFill(c, r.role, r.credentialSet)))
      .map((c) => ({ ...c, roles: c.roles.filter((r) => (ROLES as readonly string[]).includes(r)) })),
    milestones: milestonesFor(
      {
        startsAt: ceremony.startsAt.getTime(),
        timeZone: ceremony.timeZone,
        standbyDate: ceremony.standbyDate,
        status: ceremony.status,
        invited: invitees.length,
        unanswered: invitees.filter((i) => i.response === "no_answer").length,
        travelling: invitees.filter((i) => i.response === "attending" || i.response === "if_need_be").length,
      },
      settings,
      now.getTime(),
    ),
    history,
    facilities: facilityRows,
    credentialSets: setRows,
  };
}

export type CeremonyPageData = NonNullable<Awaited<ReturnType<typeof ceremonyPage>>>;
