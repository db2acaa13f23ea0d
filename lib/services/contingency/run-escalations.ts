import "server-only";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import type { Instant } from "@/lib/time";
import { type Escalation, escalateWorkflows } from "./escalate-workflows";
import { type Reminder, remindOverdueSteps } from "./remind-overdue-steps";

/** The periodic follow-up: climb the escalation ladder of unacknowledged workflows, remind overdue steps. */
export async function runContingencyEscalations(
  db: Db,
  boss: PgBoss,
  now: Instant,
): Promise<{ escalations: Escalation[]; reminders: Reminder[] }> {
  const escalations = await escalateWorkflows(db, boss, now);
  const reminders = await remindOverdueSteps(db, boss, now);
  return { escalations, reminders };
}
