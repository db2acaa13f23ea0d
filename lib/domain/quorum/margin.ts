import { type Assignment, type AugmentRules, augmentFully } from "./matching";

/**
 * Margin of requirement r, consistent with the reported assignment:
 *
 * - r not met (fewer confirmed people than min): margin = confirmed - min, the shortfall (negative).
 * - r met: margin = the largest number of extra confirmed people that could be added to r on top of
 *   its min, while every other requirement keeps every slot it has filled and nobody fills two roles.
 *   Extra people may come straight from the unassigned confirmed people, or by moving an assigned
 *   confirmed person to another requirement they are eligible for and back-filling with someone free.
 *   Possible people stay where they are. Margins of different requirements are computed independently:
 *   +1 on two requirements may be the same spare person.
 */
export function marginOf(
  assignment: Assignment,
  requirement: number,
  min: number,
  confirmedAssigned: number,
  rules: Pick<AugmentRules, "canUse" | "mayMove"> & { confirmedSources: readonly number[] },
): number {
  if (confirmedAssigned < min) return confirmedAssigned - min;
  const cap = assignment.cap.slice();
  cap[requirement] = Number.POSITIVE_INFINITY;
  const trial = assignment.clone(cap);
  const before = trial.load(requirement);
  augmentFully(trial, {
    sources: rules.confirmedSources,
    canUse: rules.canUse,
    mayMove: rules.mayMove,
    open: (candidate) => candidate === requirement,
    saturated: () => false,
  });
  return trial.load(requirement) - before;
}
