import { addMinutesToInstant, dayNumberInZone, tryCivilToDayNumber } from "@/lib/time";
import { type CeremonySpan, MODE_NONE, modeOf, ruleHits, statusOf } from "./feasibility";
import { marginOf } from "./margin";
import { Matching, PHASE_ALL, PHASE_CONFIRMED } from "./matching";
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

/**
 * Evaluates one quorum on many dates with the same buffers. The caller writes each person's rule hits
 * for the date into `hits` (see ruleHits) and calls `evaluate`; the Evaluation it returns shares
 * `hits` and `assigned` with the evaluator, so it is only valid until the next call.
 */
export class QuorumEvaluator {
  readonly hits: Int32Array;
  private readonly statuses: PersonStatus[];
  private readonly matching: Matching;
  private readonly confirmedSources: number[] = [];
  private readonly possibleSources: number[] = [];
  private readonly allSources: number[] = [];

  constructor(private readonly prepared: PreparedQuorum) {
    const { people, requirements } = prepared;
    this.hits = new Int32Array(people.length);
    this.statuses = new Array(people.length);
    this.matching = new Matching(
      prepared.adjacency,
      requirements.map((entry) => entry.requirement.min),
      requirements.map((entry) => entry.remote),
    );
  }

  evaluate(): Evaluation {
    const { people, requirements } = this.prepared;
    const { hits, statuses, matching, confirmedSources, possibleSources, allSources } = this;
    const { modes, confirmed } = matching;
    confirmedSources.length = 0;
    possibleSources.length = 0;
    // Only people who can fill something today take part in the matching; confirmed people first.
    for (let index = 0; index < people.length; index++) {
      const person = people[index] as PreparedPerson;
      const mode = modeOf(hits[index] as number, person.hasRemoteRole);
      const status = statusOf(person, mode);
      modes[index] = mode;
      confirmed[index] = status === "confirmed" ? 1 : 0;
      statuses[index] = status;
      if (mode === MODE_NONE || person.eligible.length === 0) continue;
      (status === "confirmed" ? confirmedSources : possibleSources).push(index);
    }
    matching.reset();
    matching.augment(PHASE_CONFIRMED, confirmedSources);
    const confirmedFilled = matching.filled();
    // Possible people only ever fill slots confirmed people leave open: augmenting keeps every assigned
    // confirmed person assigned, so the confirmed count cannot drop.
    allSources.length = 0;
    for (const person of confirmedSources) allSources.push(person);
    for (const person of possibleSources) allSources.push(person);
    matching.augment(PHASE_ALL, allSources);
    const totalFilled = matching.filled();

    let needed = 0;
    const outcomes = new Array<RequirementOutcome>(requirements.length);
    for (let index = 0; index < requirements.length; index++) {
      const load = matching.load(index);
      let confirmedCount = 0;
      for (let i = 0; i < load; i++) confirmedCount += confirmed[matching.member(index, i)] as number;
      const { role, credentialSet, min } = (requirements[index] as PreparedQuorum["requirements"][number])
        .requirement;
      needed += min;
      const margin = marginOf(matching, index, min, confirmedCount, confirmedSources);
      const possible = load - confirmedCount;
      const met = confirmedCount >= min;
      outcomes[index] =
        credentialSet === undefined
          ? { role, min, confirmed: confirmedCount, possible, margin, met }
          : { role, credentialSet, min, confirmed: confirmedCount, possible, margin, met };
    }
    const verdict: Verdict =
      confirmedFilled >= needed ? "met" : totalFilled >= needed ? "at_risk" : "not_met";
    return { verdict, requirements: outcomes, hits, statuses, assigned: matching.assigned };
  }
}

export function evaluatePrepared(prepared: PreparedQuorum, span: CeremonySpan): Evaluation {
  const evaluator = new QuorumEvaluator(prepared);
  const { people } = prepared;
  for (let index = 0; index < people.length; index++) {
    evaluator.hits[index] = ruleHits(people[index] as PreparedPerson, span);
  }
  return evaluator.evaluate();
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
      const id = person.person.id;
      const status = evaluation.statuses[index] as PersonStatus;
      const reasons = describeReasons(prepared, person, evaluation.hits[index] as number, span);
      // Same keys in the same order as before, without spreading a throwaway object per person.
      return key === undefined ? { id, status, reasons } : { id, status, assignedTo: key, reasons };
    }),
  };
}
