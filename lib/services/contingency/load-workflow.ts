import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { contingencies, contingencyApprovals, contingencySteps } from "@/db/schema";
import { mayWorkStep } from "@/lib/auth/policy";
import { snapshotOf } from "@/lib/domain/contingency/snapshot";
import { type Decision, decide, type WorkflowEvent } from "@/lib/domain/contingency/state-machine";
import type { PersonRole } from "@/lib/domain/people";
import { AppError } from "@/lib/errors";
import { staleWrite } from "@/lib/services/shared/stale-write";

export type ContingencyRow = typeof contingencies.$inferSelect;
export type LoadedWorkflow = Awaited<ReturnType<typeof loadWorkflow>>;

const WHAT = "This contingency workflow";

/** The workflow locked for the rest of the transaction, with what the state machine needs. */
export async function loadWorkflow(tx: Queryable, id: string) {
  const [row] = await tx.select().from(contingencies).where(eq(contingencies.id, id)).for("update");
  if (!row) throw new AppError("not_found", "This contingency workflow does not exist.");
  const [approvals, [pending]] = await Promise.all([
    tx
      .select({
        optionKey: contingencyApprovals.optionKey,
        stepKey: contingencyApprovals.stepKey,
        personId: contingencyApprovals.personId,
      })
      .from(contingencyApprovals)
      .where(eq(contingencyApprovals.contingencyId, id)),
    tx
      .select({ n: count() })
      .from(contingencySteps)
      .where(and(eq(contingencySteps.contingencyId, id), eq(contingencySteps.status, "pending"))),
  ]);
  return { row, approvals, snapshot: snapshotOf(row, approvals, pending?.n ?? 0) };
}

/** What a stale form is shown instead of overwriting. */
export function currentValues(row: ContingencyRow) {
  return {
    id: row.id,
    state: row.state,
    chosenOption: row.chosenOption,
    acknowledgedAt: row.acknowledgedAt,
    resolutionProposedAt: row.resolutionProposedAt,
    version: row.version,
  };
}

export function refuseUnless(decision: Decision): asserts decision is Extract<Decision, { ok: true }> {
  if (!decision.ok) throw new AppError("invalid_input", decision.message, { form: decision.message });
}

/**
 * A coordinator's decision on the workflow: refused on a stale version, then by the state machine;
 * stored with the version bumped, guarded again in the UPDATE so a concurrent change cannot slip in.
 */
export async function applyTransition(
  tx: Queryable,
  workflow: LoadedWorkflow,
  version: number,
  event: WorkflowEvent,
  changes: Partial<Pick<ContingencyRow, "chosenOption" | "chosenBy" | "acknowledgedAt" | "closedAt">> = {},
): Promise<ContingencyRow> {
  const { row } = workflow;
  if (row.version !== version) throw staleWrite(currentValues(row), WHAT);
  const decision = decide(workflow.snapshot, event);
  refuseUnless(decision);
  const [updated] = await tx
    .update(contingencies)
    .set({ ...changes, state: decision.state, version: sql`${contingencies.version} + 1` })
    .where(and(eq(contingencies.id, row.id), eq(contingencies.version, version)))
    .returning();
  if (!updated) throw staleWrite(currentValues(row), WHAT);
  return updated;
}

/** One of the workflow's own steps; any other id is not found, whatever workflow it belongs to. */
export async function loadStep(tx: Queryable, workflowId: string, stepId: string) {
  const [step] = await tx
    .select()
    .from(contingencySteps)
    .where(and(eq(contingencySteps.id, stepId), eq(contingencySteps.contingencyId, workflowId)));
  if (!step) throw new AppError("not_found", "This step does not belong to the workflow.");
  return step;
}

/** A step is worked by someone holding its owner role, or by a coordinator. */
export function refuseUnlessStepWorker(
  roles: readonly PersonRole[],
  ownerRole: string,
  verb: "complete" | "add evidence to",
) {
  if (mayWorkStep(roles, { ownerRole })) return;
  const who = ownerRole === "coordinator" ? "a coordinator" : `a ${ownerRole} or a coordinator`;
  throw new AppError("forbidden", `Only ${who} may ${verb} this step.`);
}
