import "server-only";
import { and, eq, gte, inArray, notInArray } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Queryable } from "@/db/client";
import { ceremonies, contingencies } from "@/db/schema";
import { coverageCleared, coverageTriggered, TRIGGERING_STATUSES } from "@/lib/domain/contingency/triggers";
import { loadContingencySettings } from "@/lib/queries/contingency/settings";
import { loadCoverageState } from "@/lib/queries/coverage/coverage-state";
import { dateOf, type Instant } from "@/lib/time";
import { formatMeeting } from "@/lib/time/format";
import { followDeadline } from "./follow-deadline";
import { openContingency } from "./open-contingency";
import {
  checkActor,
  proposeResolution,
  reaffirm,
  resolveCleared,
  type TriggerOutcome,
} from "./trigger-outcomes";

export const coverageKey = (deadline: number) => `coverage:${new Date(deadline).toISOString()}`;

/** Starts of the scheduled key signings from `now` on whose quorum is met. */
async function metCeremonyStarts(tx: Queryable, now: Instant): Promise<number[]> {
  const rows = await tx
    .select({ startsAt: ceremonies.startsAt })
    .from(ceremonies)
    .where(
      and(
        eq(ceremonies.kind, "key_signing"),
        inArray(ceremonies.status, [...TRIGGERING_STATUSES]),
        eq(ceremonies.lastVerdict, "met"),
        gte(ceremonies.startsAt, dateOf(now)),
      ),
    );
  return rows.map((row) => row.startsAt.getTime());
}

/**
 * The SKR deadline, after any change of coverage (an upload, an anchor change) and daily. An open coverage
 * workflow whose deadline moved follows the new one while it is still at risk; one whose deadline the SKRs
 * on file now cover past resolves itself, with the reason on its timeline; a met ceremony before the
 * deadline proposes resolution. One is opened (keyed by the deadline) when next-needed-by is within the
 * configured threshold with no met ceremony before it.
 */
export async function evaluateCoverageTrigger(
  tx: Queryable,
  boss: PgBoss,
  now: Instant,
): Promise<TriggerOutcome[]> {
  const [state, starts, settings, open] = await Promise.all([
    loadCoverageState(tx, now),
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
  const threshold = settings.coverageThresholdDays;
  const atRisk = facts.nextNeededBy !== null && coverageTriggered(facts, threshold, now);
  const outcomes: TriggerOutcome[] = [];
  let following = open.some(
    (row) => row.causeKey === (facts.nextNeededBy && coverageKey(facts.nextNeededBy)),
  );
  for (const row of open) {
    if (!row.deadlineAt || facts.nextNeededBy === null) continue;
    const deadline = row.deadlineAt.getTime();
    const next = facts.nextNeededBy;
    if (next === deadline) continue;
    if (atRisk && !following) {
      // The SKRs or anchors on file moved the deadline and it is still at risk: this workflow follows it.
      following = true;
      const because = `the SKRs on file now need the next SKR by ${formatMeeting(next, "UTC")}`;
      await followDeadline(tx, row, new Date(next), now, { because, causeKey: coverageKey(next) });
      outcomes.push("followed");
      continue;
    }
    if (!coverageCleared(facts, deadline, now)) continue;
    if (next > deadline) {
      outcomes.push(await resolveCleared(tx, row, "an SKR on file now covers past this deadline", now));
      continue;
    }
    // A met ceremony before the deadline may still lose its quorum: propose, a coordinator decides.
    outcomes.push(
      await proposeResolution(
        tx,
        boss,
        row,
        "a ceremony with its quorum met is scheduled before the deadline",
        now,
      ),
    );
  }
  if (!atRisk || facts.nextNeededBy === null) return outcomes;
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
