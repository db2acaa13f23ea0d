import { type RequirementOutcome, requirementInWords } from "./quorum";

export interface InviteAdvice {
  key: string;
  /** The requirement in words, e.g. "crypto officers with a CO-EAST credential". */
  label: string;
  /** People the requirement needs for the chosen safety margin: min + margin. */
  target: number;
  /** People already invited who could fill it and are not ruled out (confirmed or possible). */
  counted: number;
  /** How many more eligible people to invite (0 when covered). */
  inviteMore: number;
}

/**
 * How many more people to invite so each requirement has `safetyMargin` spare above its minimum.
 * `available` is, per requirement, the invitees who could fill it and are not ruled out; it can count a
 * person who could fill two requirements twice, so the engine's own assignment sets a floor.
 */
export function inviteAdvice(
  outcomes: readonly (RequirementOutcome & { key: string; available: number })[],
  safetyMargin: number,
): InviteAdvice[] {
  return outcomes.map((outcome) => {
    const target = outcome.min + Math.max(0, safetyMargin);
    const assigned = outcome.confirmed + outcome.possible + Math.max(0, outcome.margin);
    const counted = Math.max(assigned, outcome.available);
    return {
      key: outcome.key,
      label: requirementInWords(outcome),
      target,
      counted,
      inviteMore: Math.max(0, target - counted),
    };
  });
}
