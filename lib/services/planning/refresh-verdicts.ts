import "server-only";
import { and, asc, eq, gte, inArray } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db, Queryable } from "@/db/client";
import { ceremonies } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, systemActor } from "@/lib/auth/actor";
import { STILL_AHEAD } from "@/lib/domain/ceremony-lifecycle";
import { evaluateQuorum } from "@/lib/domain/quorum";
import { shortfallLines, unableByRequirement } from "@/lib/domain/quorum/shortfalls";
import { appUrl } from "@/lib/http/app-url";
import { activePeopleWithAnyRole, type NoticeRecipient } from "@/lib/queries/notice-recipients";
import { loadCeremonyPlanning } from "@/lib/queries/planning/load-quorum";
import { enqueueInTransaction } from "@/lib/queue/boss";
import { QUEUES } from "@/lib/queue/queues";
import { evaluateCeremonyTrigger } from "@/lib/services/contingency/quorum-trigger";
import { notify } from "@/lib/services/notify/notify";
import { dateOf, type Instant, MS_PER_DAY } from "@/lib/time";
import { formatMeeting } from "@/lib/time/format";
import { suggestDate } from "./suggest-date";

export type VerdictScope = { ceremonyIds: string[] } | { allLive: true };

/**
 * Re-evaluates the quorum of the ceremonies a change may affect, inside the change's transaction.
 * When a verdict moves between met, at risk and not met, it is stored, audited, and every coordinator
 * gets a notice (queued in the same transaction, so it goes out only if the change commits).
 */
export async function refreshVerdicts(
  tx: Queryable,
  boss: PgBoss | null,
  actor: Actor,
  scope: VerdictScope,
  now: Instant,
) {
  // The rows stay locked until the caller commits, so two refreshes of one ceremony (two answers, two
  // workers) judge one after the other and a verdict change is announced once. Id order avoids deadlocks.
  const ids = (
    await tx
      .select({ id: ceremonies.id })
      .from(ceremonies)
      .where(
        "ceremonyIds" in scope
          ? inArray(ceremonies.id, scope.ceremonyIds)
          : and(
              inArray(ceremonies.status, [...STILL_AHEAD]),
              gte(ceremonies.startsAt, dateOf(now - MS_PER_DAY)),
            ),
      )
      .orderBy(asc(ceremonies.id))
      .for("update")
  ).map((row) => row.id);
  if (ids.length === 0) return;
  const planning = await loadCeremonyPlanning(tx, ids);
  let coordinators: NoticeRecipient[] | null = null;
  for (const [ceremonyId, plan] of planning) {
    const previous = plan.ceremony.lastVerdict;
    // Until a ceremony says who it needs there is no quorum to judge: no verdict, and no notice when the
    // first requirements arrive.
    if (plan.input.requirements.length === 0) {
      if (previous !== null)
        await tx.update(ceremonies).set({ lastVerdict: null }).where(eq(ceremonies.id, ceremonyId));
      continue;
    }
    const result = evaluateQuorum(plan.input);
    if (previous === result.verdict) continue;
    await tx.update(ceremonies).set({ lastVerdict: result.verdict }).where(eq(ceremonies.id, ceremonyId));
    // The first evaluation of a new ceremony sets its verdict quietly; only changes are announced.
    if (previous === null) continue;
    if (!boss) throw new Error("refreshVerdicts needs the job queue to announce a verdict change");
    const event = await recordAudit(
      tx,
      actor,
      {
        action: "ceremony.verdict_changed",
        subjectType: "ceremony",
        subjectId: ceremonyId,
        summary: { before: { verdict: previous }, after: { verdict: result.verdict } },
      },
      now,
    );
    coordinators ??= await activePeopleWithAnyRole(tx, ["coordinator"]);
    const shortfalls = shortfallLines(result.requirements);
    const names = new Map(plan.invitees.map((i) => [i.personId, i.name]));
    const unable = unableByRequirement(plan.input, result).map((group) => ({
      requirement: group.requirement,
      people: group.people.map((p) => `${names.get(p.id) ?? "Someone"}: ${p.why}`),
    }));
    const suggestion = result.verdict === "met" ? null : await suggestDate(tx, plan.ceremony, now);
    await notify(tx, boss, {
      event: "verdict.changed",
      key: `verdict:${event?.id}`,
      recipients: coordinators.map((coordinator) => ({ ...coordinator, personId: coordinator.id })),
      message: () => ({
        template: "verdict_changed",
        props: {
          label: plan.ceremony.label,
          facility: plan.ceremony.facility.name,
          startsAt: formatMeeting(plan.ceremony.startsAt, plan.ceremony.timeZone),
          from: previous,
          to: result.verdict,
          shortfalls,
          unable,
          suggestion,
          url: appUrl(`/ceremonies/${ceremonyId}`),
          finderUrl: appUrl(`/date-finder?ceremonyId=${ceremonyId}`),
        },
      }),
    });
    // A verdict that fell opens (or worsens) the ceremony's contingency workflow in this same transaction;
    // one that recovered proposes its resolution.
    await evaluateCeremonyTrigger(tx, boss, ceremonyId, now);
  }
}

export interface VerdictRefreshJob {
  ceremonyId: string;
}

/**
 * Queues the refresh of one ceremony's verdict in the caller's transaction, for changes that should not
 * wait for it (an answer): it exists only if the change commits, and it runs after.
 */
export async function refreshVerdictLater(tx: Queryable, boss: PgBoss, ceremonyId: string) {
  await enqueueInTransaction(boss, tx, QUEUES.verdictRefresh, { ceremonyId } satisfies VerdictRefreshJob);
}

/** The worker's side of refreshVerdictLater: one transaction, judged at `now`, audited as the system. */
export async function runVerdictRefresh(db: Db, boss: PgBoss, job: VerdictRefreshJob, now: Instant) {
  await db.transaction((tx) =>
    refreshVerdicts(tx, boss, systemActor("quorum-check"), { ceremonyIds: [job.ceremonyId] }, now),
  );
}
