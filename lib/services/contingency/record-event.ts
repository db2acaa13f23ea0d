import "server-only";
import { count, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { contingencyEvents } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import type { ContingencyEventKind } from "@/lib/domain/contingency/vocabulary";
import { dateOf, type Instant } from "@/lib/time";

/**
 * The one way a workflow change is recorded: a timeline row and the audit event `contingency.<kind>`
 * with the same detail, so the two can never tell different stories. Call it last in the transaction,
 * with the workflow row locked (or just created): `seq` orders events that share an instant.
 */
export async function recordContingencyEvent(
  tx: Queryable,
  actor: Actor,
  contingencyId: string,
  kind: ContingencyEventKind,
  detail: Record<string, unknown>,
  now: Instant,
) {
  const [prior] = await tx
    .select({ n: count() })
    .from(contingencyEvents)
    .where(eq(contingencyEvents.contingencyId, contingencyId));
  await tx.insert(contingencyEvents).values({
    contingencyId,
    at: dateOf(now),
    actorId: actor.id,
    actorLabel: actor.label,
    kind,
    detail: { ...detail, seq: (prior?.n ?? 0) + 1 },
  });
  await recordAudit(
    tx,
    actor,
    { action: `contingency.${kind}`, subjectType: "contingency", subjectId: contingencyId, summary: detail },
    now,
  );
}
