import type { Matching } from "./matching";

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
 *
 * The number is a maximum flow, so it does not depend on which augmenting paths the search happens to
 * take; the matching itself is restored afterwards.
 */
export function marginOf(
  matching: Matching,
  requirement: number,
  min: number,
  confirmedAssigned: number,
  confirmedSources: readonly number[],
): number {
  if (confirmedAssigned < min) return confirmedAssigned - min;
  return matching.extraCapacity(requirement, confirmedSources);
}
