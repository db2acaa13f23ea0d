import type { Verdict } from "@/lib/domain/quorum/vocabulary";
import type { Instant } from "@/lib/time";
import { MS_PER_DAY } from "@/lib/time";

/** A ceremony that could sign the next SKR: a key signing not yet held, postponed or cancelled. */
export interface SigningCeremony {
  id: string;
  label: string;
  startsAt: Instant;
  /** The standby day's start, if the ceremony has one. */
  standbyAt: Instant | null;
  verdict: Verdict | null;
}

export const DEADLINE_RISKS = ["no_skr", "no_ceremony", "too_late", "standby_too_late", "not_met"] as const;
export type DeadlineRiskKind = (typeof DEADLINE_RISKS)[number];

export interface DeadlineRisk {
  kind: DeadlineRiskKind;
  /** The ceremony the risk is about (absent for no_skr and no_ceremony). */
  ceremony?: SigningCeremony;
}

export interface DeadlineAssessment {
  /** Latest start a ceremony may have and still get its SKR out by next-needed-by. */
  latestUsefulStart: Instant | null;
  /** The first ceremony after `now` able to produce the next SKR. */
  nextCeremony: SigningCeremony | null;
  risks: DeadlineRisk[];
}

/**
 * What stands between now and the next SKR deadline: no SKR on file, no ceremony before the deadline
 * less the processing margin, a ceremony (or its standby day) too late for it, or one whose quorum is
 * not met. `nextNeededBy` null means no SKR is known at all.
 */
export function assessDeadline(input: {
  nextNeededBy: Instant | null;
  processingMarginDays: number;
  ceremonies: readonly SigningCeremony[];
  now: Instant;
}): DeadlineAssessment {
  const upcoming = input.ceremonies
    .filter((ceremony) => ceremony.startsAt >= input.now)
    .sort((a, b) => a.startsAt - b.startsAt);
  const nextCeremony = upcoming[0] ?? null;
  if (input.nextNeededBy === null) {
    return { latestUsefulStart: null, nextCeremony, risks: [{ kind: "no_skr" }] };
  }
  const latestUsefulStart = input.nextNeededBy - input.processingMarginDays * MS_PER_DAY;
  const risks: DeadlineRisk[] = [];
  if (!nextCeremony || nextCeremony.startsAt > latestUsefulStart) {
    risks.push(nextCeremony ? { kind: "too_late", ceremony: nextCeremony } : { kind: "no_ceremony" });
    if (nextCeremony) risks.push({ kind: "no_ceremony" });
  } else if (nextCeremony.standbyAt !== null && nextCeremony.standbyAt > latestUsefulStart) {
    risks.push({ kind: "standby_too_late", ceremony: nextCeremony });
  }
  if (nextCeremony?.verdict === "not_met") risks.push({ kind: "not_met", ceremony: nextCeremony });
  return { latestUsefulStart, nextCeremony, risks };
}
