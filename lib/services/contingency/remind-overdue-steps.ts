import "server-only";
import { and, eq, lt, lte } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { contingencies, contingencySteps } from "@/db/schema";
import { overdueStage } from "@/lib/domain/contingency/escalation";
import { dateOf, type Instant } from "@/lib/time";
import { formatMeeting } from "@/lib/time/format";
import { noticeBase, notifyRoles } from "./notify";
import { recordContingencyEvent } from "./record-event";
import { checkActor } from "./trigger-outcomes";

const STAGES = { none: 0, owner: 1, coordinators: 2 } as const;
const STAGE_NAMES = ["none", "owner", "coordinators"] as const;

export interface Reminder {
  stepId: string;
  from: number;
  to: number;
}

/**
 * Pending steps past due in an executing workflow remind the holders of their owner role, then (one
 * escalation period later) the coordinators, each once: `reminderStage` records how far it got and the
 * notice keys make a repeat a no-op.
 */
export async function remindOverdueSteps(db: Db, boss: PgBoss, now: Instant): Promise<Reminder[]> {
  const overdue = await db
    .select({ stepId: contingencySteps.id, contingencyId: contingencySteps.contingencyId })
    .from(contingencySteps)
    .innerJoin(contingencies, eq(contingencies.id, contingencySteps.contingencyId))
    .where(
      and(
        eq(contingencies.state, "executing"),
        eq(contingencySteps.status, "pending"),
        lte(contingencySteps.dueAt, dateOf(now)),
        lt(contingencySteps.reminderStage, STAGES.coordinators),
      ),
    );
  const sent: Reminder[] = [];
  for (const { stepId, contingencyId } of overdue) {
    const reminder = await db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(contingencies)
        .where(eq(contingencies.id, contingencyId))
        .for("update");
      const [step] = await tx.select().from(contingencySteps).where(eq(contingencySteps.id, stepId));
      if (!row || !step || row.state !== "executing" || step.status !== "pending") return null;
      const stage = STAGES[overdueStage(step.dueAt.getTime(), now, row.playbook.escalationHours)];
      if (stage <= step.reminderStage) return null;
      const base = await noticeBase(tx, row);
      const dueAt = formatMeeting(step.dueAt, "UTC");
      for (let n = step.reminderStage + 1; n <= stage; n++) {
        await notifyRoles(
          tx,
          boss,
          base,
          n === STAGES.owner ? [step.ownerRole] : ["coordinator"],
          `contingency-step:${step.id}:stage:${n}`,
          {
            kind: "step_overdue",
            step: step.title,
            dueAt,
            stage: n === STAGES.owner ? "owner" : "coordinators",
          },
        );
      }
      await tx.update(contingencySteps).set({ reminderStage: stage }).where(eq(contingencySteps.id, step.id));
      const detail = {
        stepId: step.id,
        step: step.title,
        stage: STAGE_NAMES[stage],
        dueAt: step.dueAt.toISOString(),
      };
      await recordContingencyEvent(tx, checkActor(), row.id, "step_overdue", detail, now);
      return { stepId: step.id, from: step.reminderStage, to: stage };
    });
    if (reminder) sent.push(reminder);
  }
  return sent;
}
