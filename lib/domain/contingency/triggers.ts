import type { Verdict } from "@/lib/domain/quorum/vocabulary";
import type { CeremonyStatus } from "@/lib/domain/vocabulary";
import { addDaysToCivil, civilDateInZone, type Instant, MS_PER_DAY } from "@/lib/time";

// When a workflow opens by itself, and when what opened it has cleared. Pure: the job and the verdict
// hook read the facts, ask here, and write what the answer says.

/** Only an announced ceremony can trigger: a proposed one is still being planned. */
export const TRIGGERING_STATUSES = ["scheduled", "confirmed"] as const satisfies readonly CeremonyStatus[];

export interface QuorumFacts {
  status: CeremonyStatus;
  verdict: Verdict | null;
  startsAt: Instant;
  /** The facility's zone: the travel-request date is a facility-local calendar day. */
  timeZone: string;
  travelRequestDays: number;
}

export type QuorumTrigger =
  | { kind: "fired"; cause: "quorum_not_met" | "quorum_at_risk" }
  | { kind: "cleared" }
  | { kind: "quiet" };

/** True from the facility-local day travel requests are due (the milestone of the same name) onwards. */
export function insideTravelLead(facts: QuorumFacts, now: Instant): boolean {
  const due = addDaysToCivil(civilDateInZone(facts.startsAt, facts.timeZone), -facts.travelRequestDays);
  return civilDateInZone(now, facts.timeZone) >= due;
}

/**
 * A scheduled ceremony still ahead triggers when its quorum is not met, or at risk once travel must be
 * requested. A met quorum clears it. Anything else (cancelled, held, not yet judged) leaves it alone.
 */
export function quorumTrigger(facts: QuorumFacts, now: Instant): QuorumTrigger {
  if (facts.verdict === "met") return { kind: "cleared" };
  const live = (TRIGGERING_STATUSES as readonly string[]).includes(facts.status) && facts.startsAt > now;
  if (!live || facts.verdict === null) return { kind: "quiet" };
  if (facts.verdict === "not_met") return { kind: "fired", cause: "quorum_not_met" };
  return insideTravelLead(facts, now) ? { kind: "fired", cause: "quorum_at_risk" } : { kind: "quiet" };
}

export interface CoverageFacts {
  /** When the next SKR is needed (null with no SKR on file: nothing to protect yet). */
  nextNeededBy: Instant | null;
  /** Starts of scheduled ceremonies whose quorum is met. */
  metCeremonyStarts: readonly Instant[];
}

const metBefore = (facts: CoverageFacts, deadline: Instant, now: Instant) =>
  facts.metCeremonyStarts.some((start) => start >= now && start < deadline);

/** The SKR deadline is within `thresholdDays` (or past) and no met ceremony is scheduled before it. */
export function coverageTriggered(facts: CoverageFacts, thresholdDays: number, now: Instant): boolean {
  if (facts.nextNeededBy === null) return false;
  return facts.nextNeededBy - now <= thresholdDays * MS_PER_DAY && !metBefore(facts, facts.nextNeededBy, now);
}

/** A workflow protecting `deadline` is cleared once an SKR moved the deadline past it, or a met ceremony
 * now comes before it. */
export function coverageCleared(facts: CoverageFacts, deadline: Instant, now: Instant): boolean {
  if (facts.nextNeededBy !== null && facts.nextNeededBy > deadline) return true;
  return metBefore(facts, deadline, now);
}
