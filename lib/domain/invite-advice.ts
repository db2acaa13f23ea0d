import type { RequirementOutcome } from "./quorum";

export interface InviteAdvice {
  key: string;
  /** People the requirement needs for the chosen safety margin: min + margin. */
  target: number;
  /** Confirmed and possible people counted toward it now, plus confirmed spares. */
  counted: number;
  /** How many more eligible people to invite (0 when covered). */
  inviteMore: number;
}

/**
 * How many more people to invite so each requirement has `safetyMargin` spare above its minimum,
 * counting confirmed and possible assignees and any confirmed spares the engine reports.
 */
export function inviteAdvice(
  outcomes: readonly (RequirementOutcome & { key: string })[],
  safetyMargin: number,
): InviteAdvice[] {
  return outcomes.map((outcome) => {
    const target = outcome.min + Math.max(0, safetyMargin);
    const counted = outcome.confirmed + outcome.possible + Math.max(0, outcome.margin);
    return { key: outcome.key, target, counted, inviteMore: Math.max(0, target - counted) };
  });
}
