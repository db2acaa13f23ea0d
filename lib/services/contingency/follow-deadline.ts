import "server-only";
import { and, eq, ne, notInArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { contingencies, contingencySteps } from "@/db/schema";
import { stepDueAt } from "@/lib/domain/contingency/escalation";
import type { Instant } from "@/lib/time";
import type { ContingencyRow } from "./load-workflow";
import { recordContingencyEvent } from "./record-event";
import { checkActor } from "./trigger-outcomes";

/**
 * A workflow about a ceremony counts its deadline from the ceremony's start. When the ceremony moves
 * (often the very option being carried out), every open workflow about it follows: pending steps counted
 * from the deadline get new due instants and fresh reminders; steps counted from the trigger keep theirs.
 * Called in the transaction that moves the ceremony.
 */
export async function followCeremonyMove(tx: Queryable, ceremonyId: string, startsAt: Date, now: Instant) {
  const open = await tx
    .select()
    .from(contingencies)
    .where(
      and(
        eq(contingencies.ceremonyId, ceremonyId),
        notInArray(contingencies.state, ["resolved", "abandoned"]),
        ne(contingencies.deadlineAt, startsAt),
      ),
    );
  for (const row of open) await followDeadline(tx, row, startsAt, now);
}

/**
 * Moves one open workflow to a new deadline: pending steps counted from the deadline get new due instants
 * and fresh reminders, and the timeline says so (`because`, when the deadline moved for another reason
 * than its ceremony). `causeKey` re-keys a coverage workflow to the deadline it now protects.
 */
export async function followDeadline(
  tx: Queryable,
  row: ContingencyRow,
  startsAt: Date,
  now: Instant,
  moved: { because?: string; causeKey?: string } = {},
) {
  await tx
    .update(contingencies)
    .set({ deadlineAt: startsAt, ...(moved.causeKey ? { causeKey: moved.causeKey } : {}) })
    .where(eq(contingencies.id, row.id));
  const option = row.playbook.options.find((o) => o.key === row.chosenOption);
  const pending = await tx
    .select({ id: contingencySteps.id, stepKey: contingencySteps.stepKey })
    .from(contingencySteps)
    .where(and(eq(contingencySteps.contingencyId, row.id), eq(contingencySteps.status, "pending")));
  for (const step of pending) {
    const due = option?.steps.find((s) => s.key === step.stepKey)?.due;
    if (due?.anchor !== "deadline") continue;
    const dueAt = new Date(stepDueAt(due, row.openedAt.getTime(), startsAt.getTime()));
    await tx
      .update(contingencySteps)
      .set({ dueAt, ...(dueAt.getTime() > now ? { reminderStage: 0 } : {}) })
      .where(eq(contingencySteps.id, step.id));
  }
  await recordContingencyEvent(
    tx,
    checkActor(),
    row.id,
    "deadline_moved",
    {
      from: row.deadlineAt?.toISOString() ?? null,
      to: startsAt.toISOString(),
      ...(moved.because ? { because: moved.because } : {}),
    },
    now,
  );
}
