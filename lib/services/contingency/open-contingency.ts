import "server-only";
import { and, eq, notInArray } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Queryable } from "@/db/client";
import { contingencies } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { ContingencyCause } from "@/lib/domain/contingency/vocabulary";
import { dateOf, type Instant } from "@/lib/time";
import type { ContingencyRow } from "./load-workflow";
import { noticeBase, notifyRoles } from "./notify";
import { resolvePlaybook } from "./playbook-templates";
import { recordContingencyEvent } from "./record-event";

export interface OpenRequest {
  cause: ContingencyCause;
  /** At most one workflow per key is open: `quorum:<ceremonyId>`, `coverage:<ISO deadline>`, `manual:<uuid>`. */
  causeKey: string;
  ceremonyId: string | null;
  reason: string;
  deadlineAt: Date | null;
  playbookId?: string;
}

const FINAL_STATES = ["resolved", "abandoned"] as const;

/** The open (not resolved or abandoned) workflow for a cause key, locked, if any. */
export async function openWorkflowByKey(tx: Queryable, causeKey: string): Promise<ContingencyRow | null> {
  const [row] = await tx
    .select()
    .from(contingencies)
    .where(and(eq(contingencies.causeKey, causeKey), notInArray(contingencies.state, [...FINAL_STATES])))
    .for("update");
  return row ?? null;
}

/**
 * Opens a workflow with a snapshot of its playbook and tells escalation level 0, unless one is already
 * open for the same cause key: then that one is returned, untouched. The partial unique index is the
 * guard, so two evaluations racing on different instances still open one.
 */
export async function openContingency(
  tx: Queryable,
  boss: PgBoss,
  actor: Actor,
  request: OpenRequest,
  now: Instant,
): Promise<{ row: ContingencyRow; created: boolean }> {
  const playbook = await resolvePlaybook(tx, now, request.playbookId);
  const [row] = await tx
    .insert(contingencies)
    .values({
      playbookId: playbook.id,
      playbook: playbook.definition,
      playbookName: playbook.name,
      cause: request.cause,
      causeKey: request.causeKey,
      ceremonyId: request.ceremonyId,
      reason: request.reason,
      deadlineAt: request.deadlineAt,
      openedBy: actor.id,
      openedAt: dateOf(now),
    })
    .onConflictDoNothing()
    .returning();
  if (!row) {
    const existing = await openWorkflowByKey(tx, request.causeKey);
    if (!existing) throw new Error(`contingency ${request.causeKey} neither inserted nor found`);
    return { row: existing, created: false };
  }
  const base = await noticeBase(tx, row);
  const recipients = await notifyRoles(
    tx,
    boss,
    base,
    playbook.definition.escalationLevels[0] ?? ["coordinator"],
    `contingency:${row.id}:level:0`,
    { kind: "opened" },
  );
  await recordContingencyEvent(
    tx,
    actor,
    row.id,
    "opened",
    {
      cause: row.cause,
      reason: row.reason,
      playbook: row.playbookName,
      ceremonyId: row.ceremonyId,
      deadlineAt: row.deadlineAt?.toISOString() ?? null,
      notified: recipients,
    },
    now,
  );
  return { row, created: true };
}
