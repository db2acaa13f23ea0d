import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { evaluateCoverageAlerts } from "@/lib/services/coverage/evaluate-alerts";
import { QUEUES } from "./queues";

/**
 * Daily at 06:00 UTC: morning in Europe, evening before in the Americas. The hour is not critical, since
 * thresholds compare instants and an upload triggers its own run.
 */
export const COVERAGE_CHECK_CRON = "0 6 * * *";

export interface CoverageCheckJob {
  reason: "daily" | "upload" | "anchors";
  documentId?: string;
}

/** Evaluates the alerts at the real clock; what a run sends depends only on the state, not the job. */
export async function runCoverageCheck(db: Db, boss: PgBoss): Promise<void> {
  const sent = await evaluateCoverageAlerts(db, boss, Date.now());
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
