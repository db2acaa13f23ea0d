import { requirementKey } from "./prepare";
import type { RequirementOutcome } from "./types";

/** The requirements confirmed people do not meet, one line each, as the coordinators' notices read them. */
export function shortfallLines(requirements: readonly RequirementOutcome[]): string[] {
  return requirements
    .filter((r) => !r.met)
    .map((r) => `${requirementKey(r)}: ${r.confirmed} of ${r.min} confirmed, ${r.possible} possible`);
}
