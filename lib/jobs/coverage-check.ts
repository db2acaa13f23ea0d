import "server-only";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { QUEUES } from "@/lib/queue/queues";
import { evaluateCoverageTrigger } from "@/lib/services/contingency/coverage-trigger";
import { evaluateCoverageAlerts } from "@/lib/services/coverage/evaluate-alerts";
import type { Instant } from "@/lib/time";

/**
 * Daily at 06:00 UTC: morning in Europe, evening before in the Americas. The hour is not critical, since
 * thresholds compare instants and an upload triggers its own run.
 */
export const COVERAGE_CHECK_CRON = "0 6 * * *";

export interface CoverageCheckJob {
  reason: "daily" | "upload" | "anchors";
  documentId?: string;
}

/**
 * Evaluates the alerts at `now`, and lets open deadline workflows follow the coverage now on
 * file (an upload or an anchor change queues this run); what a run does depends only on the state.
 */
export async function runCoverageCheck(db: Db, boss: PgBoss, now: Instant): Promise<void> {
  await db.transaction((tx) => evaluateCoverageTrigger(tx, boss, now));
  const sent = await evaluateCoverageAlerts(db, boss, now);
  for (const alert of sent) {
    console.info(
      `[coverage] ${alert.deadline} ${new Date(alert.at).toISOString()}: ${alert.thresholdDays}-day alert to ${alert.recipients}`,
    );
  }
}

/**
 * Upserts the cron schedule (keyed by queue name, so every instance may call it at start). `missed: once`
 * makes up a run skipped while no instance was up; it sends only the current thresholds anyway.
 */
export async function scheduleCoverageCheck(boss: PgBoss): Promise<void> {
  const data: CoverageCheckJob = { reason: "daily" };
  await boss.schedule(QUEUES.coverageCheck, COVERAGE_CHECK_CRON, data, { tz: "UTC", missed: "once" });
}
