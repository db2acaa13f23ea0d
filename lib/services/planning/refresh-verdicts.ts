import "server-only";
import { and, eq, gte, inArray } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Queryable } from "@/db/client";
import { ceremonies } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { STILL_AHEAD } from "@/lib/domain/ceremony-lifecycle";
import { evaluateQuorum, requirementKey } from "@/lib/domain/quorum";
import { appUrl } from "@/lib/http/app-url";
import { activePeopleWithAnyRole, type NoticeRecipient } from "@/lib/queries/notice-recipients";
import { loadCeremonyPlanning } from "@/lib/queries/planning/load-quorum";
import { evaluateCeremonyTrigger } from "@/lib/services/contingency/quorum-trigger";
import { notify } from "@/lib/services/notify/notify";
import { dateOf, type Instant, MS_PER_DAY } from "@/lib/time";
import { formatMeeting } from "@/lib/time/format";

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
  const ids =
    "ceremonyIds" in scope
      ? scope.ceremonyIds
      : (
          await tx
            .select({ id: ceremonies.id })
            .from(ceremonies)
            .where(
              and(
                inArray(ceremonies.status, [...STILL_AHEAD]),
                gte(ceremonies.startsAt, dateOf(now - MS_PER_DAY)),
              ),
            )
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
    const shortfalls = result.requirements
      .filter((r) => !r.met)
      .map((r) => `${requirementKey(r)}: ${r.confirmed} of ${r.min} confirmed, ${r.possible} possible`);
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
          url: appUrl(`/ceremonies/${ceremonyId}`),
        },
      }),
    });
    // A verdict that fell opens (or worsens) the ceremony's contingency workflow in this same transaction;
    // one that recovered proposes its resolution.
    await evaluateCeremonyTrigger(tx, boss, ceremonyId, now);
  }
}
