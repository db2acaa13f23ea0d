import "server-only";
import { evaluateQuorum, isEligible, type Requirement, requirementKey } from "@/lib/domain/quorum";
import type { CeremonyPlanning } from "./load-quorum";

/**
 * The quorum engine's verdict for one ceremony as pages show it: per requirement, who is confirmed,
 * who could fill it and how many may still come. The ceremony page and the dashboard both read this,
 * so their counts cannot drift apart.
 */
export function quorumOutcomes({ input }: Pick<CeremonyPlanning, "input">) {
  const result = evaluateQuorum(input);
  const personOutcome = new Map(result.people.map((p) => [p.id, p]));
  const mayCome = input.people.filter((p) => personOutcome.get(p.id)?.status !== "cannot_attend");
  const requirements = result.requirements.map((r, i) => ({
    ...r,
    key: requirementKey(r),
    available: mayCome.filter((p) => isEligible(p, input.requirements[i] as Requirement)).length,
  }));
  return { verdict: result.verdict, requirements, personOutcome };
}
