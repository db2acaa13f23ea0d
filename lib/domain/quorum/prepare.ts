import { civilToDayNumber, type DayNumber } from "@/lib/time";
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
  origin: string;
  startDay: DayNumber;
  endDay: DayNumber;
  /** Quarantine length in days (0 for entry bans). */
  days: number;
}

export interface PreparedPerson {
  person: Person;
  response: Response;
  /** Requirement indexes this person may fill (role held, and an active seat where a set is named). */
  eligible: Int32Array;
  /** Unavailability as [from, to] day-number pairs, inclusive. */
  windows: Int32Array;
  /** Only the restrictions that can ever apply to this person travelling to this facility. */
  restrictions: PreparedRestriction[];
  /** Holds at least one role the policy allows remotely. */
  hasRemoteRole: boolean;
}

export interface PreparedQuorum {
  setup: QuorumSetup;
  requirements: PreparedRequirement[];
  people: PreparedPerson[];
}

export function requirementKey(requirement: Requirement): string {
  return requirement.credentialSet ? `${requirement.role}/${requirement.credentialSet}` : requirement.role;
}

function isEligible(person: Person, requirement: Requirement): boolean {
  if (!person.roles.includes(requirement.role)) return false;
  if (requirement.credentialSet === undefined) return true;
  // Backup and retired seats never count: the app promotes a backup to active before it can be used.
  return person.seats.some((seat) => seat.credentialSet === requirement.credentialSet && seat.status === "active");
}

/**
 * A restriction applies to a person going to `destination` when it targets that country, names their
 * origin (travelOrigin, else homeCountry) or `*`, does not exempt that origin, and the person does not
 * live in the destination (residents are never barred from entering their own country).
 */
function applicableRestrictions(
  person: Person,
  destination: string,
  restrictions: readonly TravelRestriction[],
): PreparedRestriction[] {
  if (person.homeCountry === destination) return [];
  const origin = person.travelOrigin ?? person.homeCountry;
  const out: PreparedRestriction[] = [];
  for (const restriction of restrictions) {
    if (restriction.to !== destination) continue;
    if (restriction.from !== "*" && restriction.from !== origin) continue;
    if (restriction.exempt.includes(origin as never)) continue;
    out.push({
      restriction,
      origin,
      startDay: civilToDayNumber(restriction.start),
      endDay: civilToDayNumber(restriction.end),
      days: restriction.kind === "quarantine" ? restriction.days : 0,
    });
  }
  return out;
}

export function prepareQuorum(setup: QuorumSetup): PreparedQuorum {
  const remoteRoles = new Set(setup.policy.remoteRoles);
  const requirements = setup.requirements.map((requirement) => ({
    key: requirementKey(requirement),
    requirement,
    remote: remoteRoles.has(requirement.role),
  }));
  const people = setup.people.map((person): PreparedPerson => {
    const eligible: number[] = [];
    requirements.forEach((prepared, index) => {
      if (isEligible(person, prepared.requirement)) eligible.push(index);
    });
    const windows = new Int32Array(person.unavailable.length * 2);
    person.unavailable.forEach((range, index) => {
      windows[index * 2] = civilToDayNumber(range.from);
      windows[index * 2 + 1] = civilToDayNumber(range.to);
    });
    return {
      person,
      response: person.response,
      eligible: Int32Array.from(eligible),
      windows,
      restrictions: applicableRestrictions(person, setup.facility.country, setup.restrictions),
      hasRemoteRole: person.roles.some((role) => remoteRoles.has(role)),
    };
  });
  return { setup, requirements, people };
}
