import "server-only";
import { and, arrayOverlaps, asc, eq, notInArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { credentialSeats, credentialSets, facilities, people } from "@/db/schema";
import { evaluateQuorum, type QuorumInput } from "@/lib/domain/quorum";
import { ROLES, type Role } from "@/lib/domain/roles";
import { personFacts, toQuorumPerson } from "./load-quorum";

/** Worth inviting for a requirement: holds the role and, for a credential set, a seat in it that is not retired. */
function mayFill(person: { roles: readonly string[]; seats: string[] }, role: string, set?: string): boolean {
  if (!person.roles.includes(role)) return false;
  return (
    set === undefined || person.seats.some((seat) => seat.startsWith(`${set} `) && !seat.endsWith(" retired"))
  );
}

/**
 * People not yet invited who could fill one of the requirements, with their seats, and whether they
 * could attend on the ceremony's date (with the roster's reasons when not), for the invite page.
 */
export async function inviteCandidates(db: Queryable, input: QuorumInput, invitedIds: string[]) {
  const { requirements } = input;
  const roles = [...new Set(requirements.map((r) => r.role))];
  if (roles.length === 0) return [];
  const rows = await db
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
    .orderBy(asc(people.name));
  const candidates = rows
    .filter((c) => requirements.some((r) => mayFill(c, r.role, r.credentialSet)))
    .map((c) => ({
      ...c,
      roles: c.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    }));
  if (candidates.length === 0) return [];
  const facts = await personFacts(
    db,
    candidates.map((c) => c.id),
  );
  // Each candidate as if invited and not answered yet: only their own dates and travel rules decide.
  const asInvited = candidates.map((c) =>
    toQuorumPerson(
      {
        personId: c.id,
        roles: c.roles,
        homeCountry: c.homeCountry,
        travelOrigin: null,
        response: "no_answer",
      },
      facts.seats.get(c.id) ?? [],
      facts.windows.get(c.id) ?? [],
    ),
  );
  const outcomes = new Map(evaluateQuorum({ ...input, people: asInvited }).people.map((p) => [p.id, p]));
  return candidates.map((c) => {
    const outcome = outcomes.get(c.id);
    return {
      ...c,
      canAttend: outcome?.status !== "cannot_attend",
      reasons: (outcome?.reasons ?? []).filter((r) => r.rule !== "standby_unavailable").map((r) => r.message),
      notes: (outcome?.reasons ?? []).filter((r) => r.rule === "standby_unavailable").map((r) => r.message),
    };
  });
}

/** Facilities, and the credential sets held at the ceremony's facility, to choose from on the edit page. */
export async function editChoices(db: Queryable, facilityId: string) {
  const [facilityRows, setRows] = await Promise.all([
    db
      .select({ id: facilities.id, code: facilities.code, name: facilities.name })
      .from(facilities)
      .orderBy(asc(facilities.code)),
    db
      .select({ id: credentialSets.id, code: credentialSets.code, name: credentialSets.name })
      .from(credentialSets)
      .where(eq(credentialSets.facilityId, facilityId))
      .orderBy(asc(credentialSets.code)),
  ]);
  return { facilities: facilityRows, credentialSets: setRows };
}
