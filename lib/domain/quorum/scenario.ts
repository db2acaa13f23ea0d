import type { z } from "zod";
import { tryParseIsoInstant } from "@/lib/time";
import { evaluateQuorum } from "./evaluate";
import { type Scenario, scenarioSchema, type setupSchema } from "./scenario-schema";
import type { Person, QuorumInput, QuorumSetup, RequirementOutcome } from "./types";
import type { PersonStatus, Verdict } from "./vocabulary";

/** An invalid scenario; `path` is the dotted field path (e.g. `people.0.homeCountry`). */
export class ScenarioError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path || "(root)"}: ${detail}`);
    this.name = "ScenarioError";
  }
}

export interface ScenarioOutput {
  verdict: Verdict;
  requirements: RequirementOutcome[];
  people: { id: string; status: PersonStatus; assignedTo?: string; reasons: string[] }[];
}

/** Validates with zod and reports the first problem with its field path. */
export function parseWith<S extends z.ZodType>(schema: S, json: unknown): z.output<S> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ScenarioError(issue?.path.join(".") ?? "", issue?.message ?? "invalid");
}

function toPerson(person: Scenario["people"][number]): Person {
  return {
    id: person.id,
    roles: person.roles,
    seats: person.credentialSets.map((credentialSet) => ({ credentialSet, status: "active" as const })),
    homeCountry: person.homeCountry,
    ...(person.travelOrigin ? { travelOrigin: person.travelOrigin } : {}),
    response: person.response,
    unavailable: person.unavailable,
  };
}

/** The date-independent part shared by the single-ceremony scenario and the date search. */
export function toSetupParts(scenario: z.output<typeof setupSchema>): Omit<QuorumSetup, "facility"> {
  return {
    requirements: scenario.requirements,
    people: scenario.people.map(toPerson),
    restrictions: scenario.travelRestrictions,
    policy: scenario.policy,
  };
}

export function scenarioToInput(json: unknown): QuorumInput {
  const scenario = parseWith(scenarioSchema, json);
  const { ceremony } = scenario;
  return {
    ceremony: {
      facility: ceremony.facility,
      start: tryParseIsoInstant(ceremony.start) as number,
      durationMinutes: ceremony.durationMinutes,
      ...(ceremony.standbyDate ? { standbyDate: ceremony.standbyDate } : {}),
    },
    ...toSetupParts(scenario),
  };
}

/** Evaluates a JSON planning scenario; throws ScenarioError when it is invalid. */
export function evaluateScenario(json: unknown): ScenarioOutput {
  const result = evaluateQuorum(scenarioToInput(json));
  return {
    verdict: result.verdict,
    requirements: result.requirements,
    people: result.people.map((person) => ({
      ...person,
      reasons: person.reasons.map((reason) => reason.message),
    })),
  };
}
