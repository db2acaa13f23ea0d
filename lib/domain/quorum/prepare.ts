import { words } from "@/lib/domain/words";
import { civilToDayNumber, type DayNumber } from "@/lib/time";
import type { CountryCode } from "./countries";
import { responseHits } from "./feasibility";
import type { Person, QuorumSetup, Requirement, TravelRestriction } from "./types";
import type { Response } from "./vocabulary";

// Everything that does not depend on the ceremony date is worked out once here, so that evaluating one
// more date (the date finder walks a year) costs integer comparisons only.

export interface PreparedRequirement {
  key: string;
  requirement: Requirement;
  /** The role may be performed from outside the room. */
  remote: boolean;
}

export interface PreparedRestriction {
  restriction: TravelRestriction;
  startDay: DayNumber;
  endDay: DayNumber;
  /** Quarantine length in days (0 for entry bans). */
  days: number;
}

export interface PreparedPerson {
  person: Person;
  response: Response;
  /** Requirement indexes this person may fill (role held, and an active seat where a set is named). */
  eligible: number[];
  /** Unavailability as [from, to] day-number pairs, inclusive. */
  windows: number[];
  /** Rule hits that follow from the response alone (declined, remote only). */
  responseHits: number;
  /** Where they travel from: travelOrigin, else homeCountry. */
  origin: string;
  /** Only the restrictions that can ever apply to this person travelling to this facility. */
  restrictions: PreparedRestriction[];
  /** Holds at least one role the policy allows remotely. */
  hasRemoteRole: boolean;
}

export interface PreparedQuorum {
  setup: QuorumSetup;
  requirements: PreparedRequirement[];
  people: PreparedPerson[];
  /** people[i].eligible, gathered once for the matching. */
  adjacency: number[][];
}

export function requirementKey(requirement: Requirement): string {
  return requirement.credentialSet ? `${requirement.role}/${requirement.credentialSet}` : requirement.role;
}

/** A requirement as people read it: "crypto officers with a CO-EAST credential". */
export function requirementInWords(requirement: Pick<Requirement, "role" | "credentialSet">): string {
  const who = `${words(requirement.role)}s`;
  return requirement.credentialSet ? `${who} with a ${requirement.credentialSet} credential` : who;
}

export function isEligible(person: Person, requirement: Requirement): boolean {
  if (!person.roles.includes(requirement.role)) return false;
  if (requirement.credentialSet === undefined) return true;
  // Backup and retired seats never count: the app promotes a backup to active before it can be used.
  return person.seats.some(
    (seat) => seat.credentialSet === requirement.credentialSet && seat.status === "active",
  );
}

/**
 * A restriction applies to a person going to `destination` when it targets that country, names their
 * origin (travelOrigin, else homeCountry) or `*`, does not exempt that origin, and the person does not
 * live in the destination (residents are never barred from entering their own country). Everything but
 * residence depends on the origin alone, so each origin's list is built once and shared (read-only).
 */
function applicableRestrictions(
  origin: CountryCode,
  byOrigin: ReadonlyMap<string, PreparedRestriction[]>,
): PreparedRestriction[] {
  const out: PreparedRestriction[] = [];
  for (const candidates of [byOrigin.get("*"), byOrigin.get(origin)]) {
    for (const prepared of candidates ?? []) {
      if (!prepared.restriction.exempt.includes(origin)) out.push(prepared);
    }
  }
  return out;
}

// Many people share dates (holidays, conference weeks) and every evaluation of the same people parses
// the same dates again: parse each distinct date once per process. Bounded like reasons.ts's cache.
const dayCache = new Map<string, DayNumber>();
function day(date: string): DayNumber {
  const cached = dayCache.get(date);
  if (cached !== undefined) return cached;
  if (dayCache.size > 10_000) dayCache.clear();
  const value = civilToDayNumber(date);
  dayCache.set(date, value);
  return value;
}

export function prepareQuorum(setup: QuorumSetup): PreparedQuorum {
  const remoteRoles = new Set(setup.policy.remoteRoles);
  const requirements = setup.requirements.map((requirement) => ({
    key: requirementKey(requirement),
    requirement,
    remote: remoteRoles.has(requirement.role),
  }));
  const destination = setup.facility.country;
  const byOrigin = new Map<string, PreparedRestriction[]>();
  for (const restriction of setup.restrictions) {
    if (restriction.to !== destination) continue;
    const days = restriction.kind === "quarantine" ? restriction.days : 0;
    const list = byOrigin.get(restriction.from) ?? [];
    list.push({ restriction, startDay: day(restriction.start), endDay: day(restriction.end), days });
    byOrigin.set(restriction.from, list);
  }
  const noRestrictions: PreparedRestriction[] = [];
  const applicableByOrigin = new Map<string, PreparedRestriction[]>();
  const restrictionsOf = (person: Person): PreparedRestriction[] => {
    if (person.homeCountry === destination) return noRestrictions;
    const origin = person.travelOrigin ?? person.homeCountry;
    let applicable = applicableByOrigin.get(origin);
    if (!applicable) {
      applicable = applicableRestrictions(origin, byOrigin);
      applicableByOrigin.set(origin, applicable);
    }
    return applicable;
  };
  const people = setup.people.map((person): PreparedPerson => {
    const eligible: number[] = [];
    for (let index = 0; index < requirements.length; index++) {
      if (isEligible(person, (requirements[index] as PreparedRequirement).requirement)) eligible.push(index);
    }
    const windows: number[] = [];
    for (const range of person.unavailable) windows.push(day(range.from), day(range.to));
    return {
      person,
      response: person.response,
      eligible,
      windows,
      origin: person.travelOrigin ?? person.homeCountry,
      responseHits: responseHits(person.response),
      restrictions: restrictionsOf(person),
      hasRemoteRole: person.roles.some((role) => remoteRoles.has(role)),
    };
  });
  return { setup, requirements, people, adjacency: people.map((person) => person.eligible) };
}
