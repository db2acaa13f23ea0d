import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { contingencies } from "@/db/schema";
import { escalationLevelDue } from "@/lib/domain/contingency/escalation";
import type { Instant } from "@/lib/time";
import { noticeBase, notifyRoles } from "./notify";
import { recordContingencyEvent } from "./record-event";
import { checkActor } from "./trigger-outcomes";

export interface Escalation {
  contingencyId: string;
  from: number;
  to: number;
}

/**
 * Unacknowledged workflows climb the playbook's escalation ladder: each level newly reached hears once
 * (keyed per level and person). Only `open` workflows climb, so an acknowledgement stops it even if the
 * job missed a period before it.
 */
export async function escalateWorkflows(db: Db, boss: PgBoss, now: Instant): Promise<Escalation[]> {
  const open = await db
    .select({ id: contingencies.id })
    .from(contingencies)
    .where(eq(contingencies.state, "open"));
  const done: Escalation[] = [];
  for (const { id } of open) {
    const escalation = await db.transaction(async (tx) => {
      const [row] = await tx.select().from(contingencies).where(eq(contingencies.id, id)).for("update");
      if (row?.state !== "open") return null;
      const { escalationHours, escalationLevels } = row.playbook;
      const due = escalationLevelDue({
        openedAt: row.openedAt.getTime(),
        acknowledgedAt: null,
        escalationHours,
        levels: escalationLevels.length,
        now: now,
      });
      if (due <= row.escalationLevel) return null;
      const base = await noticeBase(tx, row);
      for (let level = row.escalationLevel + 1; level <= due; level++) {
        await notifyRoles(
          tx,
          boss,
          base,
          escalationLevels[level] ?? [],
          `contingency:${row.id}:level:${level}`,
          { kind: "escalated", level, hoursUnacknowledged: level * escalationHours },
        );
      }
      await tx
        .update(contingencies)
        .set({ escalationLevel: due })
        .where(and(eq(contingencies.id, row.id), sql`${contingencies.escalationLevel} < ${due}`));
      const detail = {
        from: row.escalationLevel,
        to: due,
        roles: escalationLevels.slice(row.escalationLevel + 1, due + 1),
      };
      await recordContingencyEvent(tx, checkActor(), row.id, "escalated", detail, now);
      return { contingencyId: row.id, from: row.escalationLevel, to: due };
    });
    if (escalation) done.push(escalation);
  }
  return done;
}
