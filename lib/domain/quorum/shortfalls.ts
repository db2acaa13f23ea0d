import { isEligible, requirementInWords, requirementKey } from "./prepare";
import type { QuorumInput, QuorumResult, RequirementOutcome } from "./types";

/** The requirements confirmed people do not meet, one line each, as the coordinators' notices read them. */
export function shortfallLines(requirements: readonly RequirementOutcome[]): string[] {
  return requirements
    .filter((r) => !r.met)
    .map((r) => `${requirementKey(r)}: ${r.confirmed} of ${r.min} confirmed, ${r.possible} possible`);
}

/** Who of those who could fill a requirement cannot come, and why. */
export interface UnableGroup {
  /** The requirement in words: "crypto officers with a CO-EAST credential". */
  requirement: string;
  people: { id: string; why: string }[];
}

/**
 * For each requirement the confirmed people do not meet, the invitees who hold its role (and seat) but
 * cannot attend, each with the reasons the engine gives (declined, unavailable, entry ban, quarantine,
 * remote only): what a coordinator needs to read to know why the quorum fell.
 */
export function unableByRequirement(input: QuorumInput, result: QuorumResult): UnableGroup[] {
  const outcomes = new Map(result.people.map((p) => [p.id, p]));
  return input.requirements.flatMap((requirement, index) => {
    if (result.requirements[index]?.met !== false) return [];
    const people = input.people.flatMap((person) => {
      const outcome = outcomes.get(person.id);
      if (outcome?.status !== "cannot_attend" || !isEligible(person, requirement)) return [];
      const reasons = outcome.reasons.filter((r) => r.rule !== "standby_unavailable");
      return [{ id: person.id, why: reasons.map((r) => r.message).join("; ") }];
    });
    return people.length > 0 ? [{ requirement: requirementInWords(requirement), people }] : [];
  });
}
