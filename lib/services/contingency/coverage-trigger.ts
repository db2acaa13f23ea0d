import { and, eq, gte, inArray, notInArray } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Queryable } from "@/db/client";
import { ceremonies, contingencies } from "@/db/schema";
import { coverageCleared, coverageTriggered, TRIGGERING_STATUSES } from "@/lib/domain/contingency/triggers";
import { loadContingencySettings } from "@/lib/queries/contingency/settings";
import { loadCoverageState } from "@/lib/queries/coverage/coverage-state";
import { formatMeeting } from "@/lib/time/format";
import { openContingency } from "./open-contingency";
import { checkActor, proposeResolution, reaffirm, type TriggerOutcome } from "./trigger-outcomes";

export const coverageKey = (deadline: number) => `coverage:${new Date(deadline).toISOString()}`;

/** Starts of the scheduled key signings from `now` on whose quorum is met. */
async function metCeremonyStarts(tx: Queryable, now: Date): Promise<number[]> {
  const rows = await tx
    .select({ startsAt: ceremonies.startsAt })
    .from(ceremonies)
    .where(
      and(
        eq(ceremonies.kind, "key_signing"),
        inArray(ceremonies.status, [...TRIGGERING_STATUSES]),
        eq(ceremonies.lastVerdict, "met"),
        gte(ceremonies.startsAt, now),
      ),
    );
  return rows.map((row) => row.startsAt.getTime());
}

/**
 * The SKR deadline: proposes resolution of coverage workflows whose deadline an SKR moved or a met
 * ceremony now precedes, and opens one (keyed by the deadline) when next-needed-by is within the
 * configured threshold with no met ceremony before it.
 */
export async function evaluateCoverageTrigger(
  tx: Queryable,
  boss: PgBoss,
  now: Date,
): Promise<TriggerOutcome[]> {
  const [state, starts, settings, open] = await Promise.all([
    loadCoverageState(tx, now.getTime()),
    metCeremonyStarts(tx, now),
    loadContingencySettings(tx),
    tx
      .select()
      .from(contingencies)
      .where(
        and(
          eq(contingencies.cause, "coverage_deadline"),
          notInArray(contingencies.state, ["resolved", "abandoned"]),
        ),
      ),
  ]);
  const facts = { nextNeededBy: state.nextNeededBy, metCeremonyStarts: starts };
  const outcomes: TriggerOutcome[] = [];
  for (const row of open) {
    if (!row.deadlineAt || !coverageCleared(facts, row.deadlineAt.getTime(), now.getTime())) continue;
    const because =
      facts.nextNeededBy !== null && facts.nextNeededBy > row.deadlineAt.getTime()
        ? "an SKR on file now covers past this deadline"
        : "a ceremony with its quorum met is scheduled before the deadline";
    outcomes.push(await proposeResolution(tx, boss, row, because, now));
  }
  const threshold = settings.coverageThresholdDays;
  if (facts.nextNeededBy === null || !coverageTriggered(facts, threshold, now.getTime())) return outcomes;
  const deadline = facts.nextNeededBy;
  const opened = await openContingency(
    tx,
    boss,
    checkActor(),
    {
      cause: "coverage_deadline",
      causeKey: coverageKey(deadline),
      ceremonyId: null,
      reason: `The next SKR is needed by ${formatMeeting(deadline, "UTC")} and no ceremony with its quorum met is scheduled before then.`,
      deadlineAt: new Date(deadline),
    },
    now,
  );
  outcomes.push(opened.created ? "opened" : await reaffirm(tx, opened.row, "coverage_deadline", now));
  return outcomes;
}
