import "server-only";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { QUEUES } from "@/lib/queue/queues";
import { sendAnswerReminders } from "@/lib/services/attendance/send-answer-reminders";
import { currentInstant } from "@/lib/time";

/** Hourly: a stage's day begins at a facility's local midnight, in any zone, so it is reached within the hour. */
export const ANSWER_REMINDERS_CRON = "23 * * * *";

export async function registerAnswerReminders(
  boss: PgBoss,
  db: Db,
  polling: { pollingIntervalSeconds: number },
): Promise<void> {
  await boss.work(QUEUES.answerReminders, polling, async () => {
    const queued = await sendAnswerReminders(db, boss, currentInstant());
    if (queued > 0) console.info(`[reminders] ${queued} answer reminders queued`);
  });
  await boss.schedule(QUEUES.answerReminders, ANSWER_REMINDERS_CRON, {}, { tz: "UTC" });
}
