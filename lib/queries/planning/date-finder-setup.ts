import "server-only";
import { and, arrayOverlaps, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import {
  ceremonies,
  ceremonyRequirements,
  ceremonyTemplates,
  credentialSets,
  facilities,
  invitations,
  people,
  travelRestrictions,
} from "@/db/schema";
import type { CountryCode, QuorumSetup, Requirement } from "@/lib/domain/quorum";
import type { CeremonyKind } from "@/lib/domain/vocabulary";
import { personFacts, planningSettingsOf, toQuorumPerson, toRestriction } from "./load-quorum";

export type DateFinderSource = { ceremonyId: string } | { templateId: string };

/**
 * The quorum setup for searching dates at a facility: the requirements of a ceremony (or a template),
 * and as candidates everyone active who holds a required role. For a ceremony, invitees keep their
 * current answers (each date re-checks their unavailability and restrictions); everyone else counts as
 * not yet answered. Null when the facility, ceremony or template does not exist. A fixed number of
 * queries, whatever the number of people.
 */
export async function dateFinderSetup(db: Queryable, facilityId: string, source: DateFinderSource) {
  const [facility] = await db.select().from(facilities).where(eq(facilities.id, facilityId));
  if (!facility) return null;
  let requirements: Requirement[];
  let kind: CeremonyKind;
  if ("ceremonyId" in source) {
    const [ceremony] = await db
      .select({ kind: ceremonies.kind })
      .from(ceremonies)
      .where(eq(ceremonies.id, source.ceremonyId));
    if (!ceremony) return null;
    kind = ceremony.kind;
    const rows = await db
      .select({ role: ceremonyRequirements.role, min: ceremonyRequirements.min, set: credentialSets.code })
      .from(ceremonyRequirements)
      .leftJoin(credentialSets, eq(credentialSets.id, ceremonyRequirements.credentialSetId))
      .where(eq(ceremonyRequirements.ceremonyId, source.ceremonyId));
    requirements = rows.map((r) => ({
      role: r.role,
      min: r.min,
      ...(r.set ? { credentialSet: r.set } : {}),
    }));
  } else {
    const [template] = await db
      .select()
      .from(ceremonyTemplates)
      .where(eq(ceremonyTemplates.id, source.templateId));
    if (!template) return null;
    kind = template.kind;
    const setIds = template.requirements.flatMap((r) => (r.credentialSetId ? [r.credentialSetId] : []));
    const sets = setIds.length
      ? await db.select().from(credentialSets).where(inArray(credentialSets.id, setIds))
      : [];
    requirements = template.requirements.map((r) => {
      const code = sets.find((s) => s.id === r.credentialSetId)?.code;
      return { role: r.role, min: r.min, ...(code ? { credentialSet: code } : {}) };
    });
  }
  const roles = [...new Set(requirements.map((r) => r.role))];
  const pool = roles.length
    ? await db
        .select({ personId: people.id, roles: people.roles, homeCountry: people.homeCountry })
        .from(people)
        .where(and(eq(people.active, true), arrayOverlaps(people.roles, roles)))
    : [];
  const ids = pool.map((p) => p.personId);
  const [facts, answers, restrictions, settings] = await Promise.all([
    ids.length ? personFacts(db, ids) : { seats: new Map(), windows: new Map() },
    "ceremonyId" in source
      ? db.select().from(invitations).where(eq(invitations.ceremonyId, source.ceremonyId))
      : Promise.resolve([] as (typeof invitations.$inferSelect)[]),
    db.select().from(travelRestrictions).where(eq(travelRestrictions.toCountry, facility.country)),
    planningSettingsOf(db),
  ]);
  const answerBy = new Map(answers.map((a) => [a.personId, a]));
  const setup: QuorumSetup = {
    facility: { code: facility.code, country: facility.country as CountryCode, timeZone: facility.timeZone },
    requirements,
    people: pool.map((p) => {
      const answer = answerBy.get(p.personId);
      return toQuorumPerson(
        { ...p, response: answer?.response ?? "no_answer", travelOrigin: answer?.travelOrigin ?? null },
        facts.seats.get(p.personId) ?? [],
        facts.windows.get(p.personId) ?? [],
      );
    }),
    restrictions: restrictions.map(toRestriction),
    policy: { remoteRoles: settings.remoteRoles },
  };
  return { facility, setup, kind };
}
