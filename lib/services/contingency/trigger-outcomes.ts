import "server-only";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Queryable } from "@/db/client";
import { contingencies } from "@/db/schema";
import { systemActor } from "@/lib/auth/actor";
import type { ContingencyCause } from "@/lib/domain/contingency/vocabulary";
import { dateOf, type Instant } from "@/lib/time";
import type { ContingencyRow } from "./load-workflow";
import { noticeBase, notifyRoles } from "./notify";
import { recordContingencyEvent } from "./record-event";

// What an evaluation does to a workflow already open. These are the system's observations, not a
// coordinator's decisions: they leave the version alone so nobody's open form goes stale over them.

export type TriggerOutcome =
  | "opened"
  | "worsened"
  | "withdrawn"
  | "proposed"
  | "followed"
  | "resolved"
  | "unchanged";

export const checkActor = () => systemActor("contingency-check");

/** The trigger has cleared: propose resolution once and tell the coordinators. */
export async function proposeResolution(
  tx: Queryable,
  boss: PgBoss,
  row: ContingencyRow,
  because: string,
  now: Instant,
): Promise<TriggerOutcome> {
  if (row.resolutionProposedAt) return "unchanged";
  const [updated] = await tx
    .update(contingencies)
    .set({ resolutionProposedAt: dateOf(now) })
    .where(eq(contingencies.id, row.id))
    .returning();
  if (!updated) return "unchanged";
  await notifyRoles(
    tx,
    boss,
    await noticeBase(tx, updated),
    ["coordinator"],
    `contingency:${row.id}:resolution:${dateOf(now).toISOString()}`,
    { kind: "resolution_proposed", clearedBecause: because },
  );
  await recordContingencyEvent(tx, checkActor(), row.id, "resolution_proposed", { because }, now);
  return "proposed";
}

/**
 * The facts on file settle it (an SKR now covers past the deadline): the workflow resolves itself, with
 * the reason on its timeline, and no one has to close it by hand.
 */
export async function resolveCleared(
  tx: Queryable,
  row: ContingencyRow,
  because: string,
  now: Instant,
): Promise<TriggerOutcome> {
  const [updated] = await tx
    .update(contingencies)
    .set({
      state: "resolved",
      closedAt: dateOf(now),
      resolutionProposedAt: row.resolutionProposedAt ?? dateOf(now),
    })
    .where(eq(contingencies.id, row.id))
    .returning({ id: contingencies.id });
  if (!updated) return "unchanged";
  await recordContingencyEvent(tx, checkActor(), row.id, "resolved", { because }, now);
  return "resolved";
}

/**
 * The trigger still holds: a quorum at risk that is now not met makes the same workflow worse (one key
 * for both causes), and a resolution proposed earlier is withdrawn.
 */
export async function reaffirm(
  tx: Queryable,
  row: ContingencyRow,
  cause: ContingencyCause,
  now: Instant,
): Promise<TriggerOutcome> {
  const worse = row.cause === "quorum_at_risk" && cause === "quorum_not_met";
  if (!worse && !row.resolutionProposedAt) return "unchanged";
  await tx
    .update(contingencies)
    .set({ ...(worse ? { cause } : {}), resolutionProposedAt: null })
    .where(eq(contingencies.id, row.id));
  if (row.resolutionProposedAt)
    await recordContingencyEvent(tx, checkActor(), row.id, "resolution_withdrawn", { cause }, now);
  if (worse)
    await recordContingencyEvent(
      tx,
      checkActor(),
      row.id,
      "cause_worsened",
      { from: row.cause, to: cause },
      now,
    );
  return worse ? "worsened" : "withdrawn";
}
