import { addMinutesToInstant, dayNumberInZone, tryCivilToDayNumber } from "@/lib/time";
import {
  type CeremonySpan,
  MODE_IN_ROOM,
  MODE_NONE,
  type Mode,
  modeOf,
  ruleHits,
  statusOf,
} from "./feasibility";
import { marginOf } from "./margin";
import { Assignment, type AugmentRules, augmentFully } from "./matching";
import { type PreparedPerson, type PreparedQuorum, prepareQuorum } from "./prepare";
import { describeReasons } from "./reasons";
import type { Ceremony, QuorumInput, QuorumResult, RequirementOutcome } from "./types";
import type { PersonStatus, Verdict } from "./vocabulary";

/** The facility-local dates a ceremony occupies. */
export function ceremonySpan(ceremony: Ceremony): CeremonySpan {
  const zone = ceremony.facility.timeZone;
  const startDay = dayNumberInZone(ceremony.start, zone);
  // The last millisecond, so that a ceremony ending exactly at midnight does not claim the next date.
  const end = addMinutesToInstant(ceremony.start, ceremony.durationMinutes) - 1;
  const endDay = Math.max(startDay, dayNumberInZone(end, zone));
  const standby = ceremony.standbyDate === undefined ? null : tryCivilToDayNumber(ceremony.standbyDate);
  return { startDay, endDay, standbyDay: standby ?? startDay + 1 };
}

/** The numbers behind a verdict, without any text: cheap enough to run for every day of a year. */
export interface Evaluation {
  verdict: Verdict;
  requirements: RequirementOutcome[];
  hits: Int32Array;
  statuses: PersonStatus[];
  assigned: Int32Array;
}

export function evaluatePrepared(prepared: PreparedQuorum, span: CeremonySpan): Evaluation {
  const { people, requirements } = prepared;
  const hits = new Int32Array(people.length);
  const modes = new Uint8Array(people.length);
  const statuses: PersonStatus[] = new Array(people.length);
  // Only people who can fill something today take part in the matching; confirmed people first.
  const confirmedSources: number[] = [];
  const possibleSources: number[] = [];
  for (let index = 0; index < people.length; index++) {
    const person = people[index] as PreparedPerson;
    const personHits = ruleHits(person, span);
    const mode: Mode = modeOf(personHits, person.hasRemoteRole);
    const status = statusOf(person, mode);
    hits[index] = personHits;
    modes[index] = mode;
    statuses[index] = status;
    if (mode === MODE_NONE || person.eligible.length === 0) continue;
    (status === "confirmed" ? confirmedSources : possibleSources).push(index);
  }
  const isConfirmed = (person: number) => statuses[person] === "confirmed";
  const isAvailable = (person: number) => modes[person] !== MODE_NONE;
  const canUse = (person: number, requirement: number) =>
    modes[person] === MODE_IN_ROOM || (requirements[requirement]?.remote ?? false);

  const cap = Float64Array.from(requirements, (prepared) => prepared.requirement.min);
  const assignment = new Assignment(prepared.adjacency, cap);
  const open = (requirement: number) => assignment.load(requirement) < (cap[requirement] as number);
  const needed = cap.reduce((sum, min) => sum + min, 0);
  const saturated = () => assignment.filled() >= needed;
  const confirmedPhase: AugmentRules = {
    sources: confirmedSources,
    canUse,
    mayMove: isConfirmed,
    open,
    saturated,
  };
  augmentFully(assignment, confirmedPhase);
  const confirmedFilled = assignment.filled();
  // Possible people only ever fill slots confirmed people leave open: augmenting keeps every assigned
  // confirmed person assigned, so the confirmed count cannot drop.
  const allSources = [...confirmedSources, ...possibleSources];
  augmentFully(assignment, { sources: allSources, canUse, mayMove: isAvailable, open, saturated });
  const totalFilled = assignment.filled();

  const outcomes = requirements.map((prepared, index): RequirementOutcome => {
    const members = assignment.members[index] as number[];
    const confirmed = members.filter(isConfirmed).length;
    const { role, credentialSet, min } = prepared.requirement;
    return {
      role,
      ...(credentialSet === undefined ? {} : { credentialSet }),
      min,
      confirmed,
      possible: members.length - confirmed,
      margin: marginOf(assignment, index, min, confirmed, { canUse, mayMove: isConfirmed, confirmedSources }),
      met: confirmed >= min,
    };
  });
  const verdict: Verdict = confirmedFilled >= needed ? "met" : totalFilled >= needed ? "at_risk" : "not_met";
  return { verdict, requirements: outcomes, hits, statuses, assigned: assignment.assigned };
}

/** Full, explained result for one ceremony. */
export function evaluateQuorum(input: QuorumInput): QuorumResult {
  const prepared = prepareQuorum({ ...input, facility: input.ceremony.facility });
  const span = ceremonySpan(input.ceremony);
  const evaluation = evaluatePrepared(prepared, span);
  return {
    verdict: evaluation.verdict,
    requirements: evaluation.requirements,
    people: prepared.people.map((person, index) => {
      const requirement = evaluation.assigned[index] as number;
      const key = requirement >= 0 ? prepared.requirements[requirement]?.key : undefined;
      return {
        id: person.person.id,
        status: evaluation.statuses[index] as PersonStatus,
        ...(key === undefined ? {} : { assignedTo: key }),
        reasons: describeReasons(prepared, person, evaluation.hits[index] as number, span),
      };
    }),
  };
}
