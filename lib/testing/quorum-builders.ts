import type { Facility, Person, QuorumInput, Requirement } from "@/lib/domain/quorum/types";
import type { Role } from "@/lib/domain/roles";
import { tryParseIsoInstant } from "@/lib/time";

// Small builders for quorum tests: every test states only what it is about.

export const EAST: Facility = { code: "KMF-EAST", country: "US", timeZone: "America/New_York" };

export function instant(text: string): number {
  const value = tryParseIsoInstant(text);
  if (value === null) throw new Error(`bad instant in test: ${text}`);
  return value;
}

export function person(id: string, overrides: Partial<Person> = {}): Person {
  return {
    id,
    roles: ["crypto_officer"],
    seats: [{ credentialSet: "CO-EAST", status: "active" }],
    homeCountry: "US",
    response: "attending",
    unavailable: [],
    ...overrides,
  };
}

export function staff(id: string, roles: Role[], overrides: Partial<Person> = {}): Person {
  return person(id, { roles, seats: [], ...overrides });
}

export const CO3: Requirement = { role: "crypto_officer", credentialSet: "CO-EAST", min: 3 };

export function quorumInput(overrides: Partial<QuorumInput> = {}): QuorumInput {
  return {
    ceremony: { facility: EAST, start: instant("2020-04-23T13:00:00-04:00"), durationMinutes: 240 },
    requirements: [CO3],
    people: [],
    restrictions: [],
    policy: { remoteRoles: [] },
    ...overrides,
  };
}
