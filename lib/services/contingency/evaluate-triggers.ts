import "server-only";
import { and, gt, inArray, isNotNull, like, notInArray, or } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { ceremonies, contingencies } from "@/db/schema";
import { TRIGGERING_STATUSES } from "@/lib/domain/contingency/triggers";
import { dateOf, type Instant } from "@/lib/time";
import { evaluateCoverageTrigger } from "./coverage-trigger";
import { evaluateCeremonyTrigger } from "./quorum-trigger";
import type { TriggerOutcome } from "./trigger-outcomes";

export interface TriggerRun {
  ceremonies: { ceremonyId: string; outcome: TriggerOutcome }[];
  coverage: TriggerOutcome[];
}

/**
 * The periodic evaluation: every ceremony that could fire or clear a quorum trigger, then the SKR
 * deadline. Each in its own short transaction; running it again changes nothing (one open workflow
 * per cause key, one proposal per clearing, every notice keyed).
 */
export async function evaluateContingencyTriggers(db: Db, boss: PgBoss, now: Instant): Promise<TriggerRun> {
  const watched = db
    .select({ id: contingencies.ceremonyId })
    .from(contingencies)
    .where(
      and(
        like(contingencies.causeKey, "quorum:%"),
        isNotNull(contingencies.ceremonyId),
        notInArray(contingencies.state, ["resolved", "abandoned"]),
      ),
    );
  const candidates = await db
    .select({ id: ceremonies.id })
    .from(ceremonies)
    .where(
      or(
        and(
          inArray(ceremonies.status, [...TRIGGERING_STATUSES]),
          gt(ceremonies.startsAt, dateOf(now)),
          inArray(ceremonies.lastVerdict, ["not_met", "at_risk"]),
        ),
        inArray(ceremonies.id, watched),
      ),
    );
  const run: TriggerRun = { ceremonies: [], coverage: [] };
  for (const { id } of candidates) {
    const outcome = await db.transaction((tx) => evaluateCeremonyTrigger(tx, boss, id, now));
    run.ceremonies.push({ ceremonyId: id, outcome });
  }
  run.coverage = await db.transaction((tx) => evaluateCoverageTrigger(tx, boss, now));
  return run;
}
