import { asc, like, sql } from "drizzle-orm";
import { coverageAlertsSent, coverageSettings, emailMessages, signingDocuments } from "@/db/schema";
import { createSigningDocument } from "@/db/seed/signing-documents";
import type { Runtime } from "@/lib/runtime";
import { evaluateCoverageAlerts } from "@/lib/services/coverage/evaluate-alerts";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { formatInstantUtc, type Instant, MS_PER_DAY, MS_PER_HOUR } from "@/lib/time";

// Tests only: a simulated clock over the real 2017-q1 root SKR, and what the alert job recorded.
export const Q1_2017 = "skr-root-2017-q1-0.xml";
/** From 2017-q1 to 2017-q2: a later quarter's SKR that continues the 2017-q1 coverage. */
export const ONE_QUARTER = 90 * MS_PER_DAY;

export const day = (instant: Instant) => formatInstantUtc(instant).slice(0, 10);
export const at6 = (date: string) => Date.parse(`${date}T06:00:00Z`);

export async function addSkr(runtime: Runtime, uploadedBy: string, shiftMs = 0) {
  await createSigningDocument(runtime.db, {
    bytes: fixture(Q1_2017),
    fileName: Q1_2017,
    uploadedBy,
    shiftMs,
  });
}

export interface SentRow {
  day: string;
  deadline: string;
  deadlineAt: string;
  threshold: number;
  recipients: number;
}

/** Runs the job once a day at 06:00 UTC from `from` to `to`, and a second time an hour later on a day it
 * sent something (a cron run and an upload on the same day); returns what each day's first run sent. */
export async function simulate(runtime: Runtime, from: string, to: string) {
  const sent: SentRow[] = [];
  const repeats: number[] = [];
  for (let now = at6(from); now <= at6(to); now += MS_PER_DAY) {
    const alerts = await evaluateCoverageAlerts(runtime.db, runtime.boss, now);
    for (const alert of alerts) {
      sent.push({
        day: day(now),
        deadline: alert.deadline,
        deadlineAt: day(alert.at),
        threshold: alert.thresholdDays,
        recipients: alert.recipients,
      });
    }
    if (alerts.length > 0) {
      repeats.push((await evaluateCoverageAlerts(runtime.db, runtime.boss, now + MS_PER_HOUR)).length);
    }
  }
  return { sent, repeats };
}

export async function recordedAlerts(runtime: Runtime) {
  const rows = await runtime.db.select().from(coverageAlertsSent).orderBy(asc(coverageAlertsSent.sentAt));
  return rows.map((r) => ({
    day: day(r.sentAt.getTime()),
    deadline: r.deadline,
    deadlineAt: day(r.deadlineAt.getTime()),
    threshold: r.thresholdDays,
    recipients: r.recipients,
  }));
}

export async function alertEmails(runtime: Runtime) {
  return runtime.db
    .select({ to: emailMessages.to, key: emailMessages.idempotencyKey, subject: emailMessages.subject })
    .from(emailMessages)
    .where(like(emailMessages.idempotencyKey, "coverage-alert:%"));
}

/** Each deadline's thresholds, largest first, with the day each comes due at a 06:00 UTC run. */
export function expectedRun(deadline: string, deadlineAt: string, thresholds: number[]) {
  const at = Date.parse(`${deadlineAt}T00:00:00Z`);
  return thresholds.map((threshold) => ({
    day: day(at - threshold * MS_PER_DAY),
    deadline,
    deadlineAt,
    threshold,
  }));
}

export async function resetCoverage(runtime: Runtime) {
  await runtime.db.delete(coverageAlertsSent);
  await runtime.db.delete(emailMessages);
  await runtime.db.delete(signingDocuments);
  await runtime.db
    .update(coverageSettings)
    .set({ alertDays: sql`'{90,60,30,14,7,3,1}'`, widenDays: 14 })
    .where(sql`${coverageSettings.id} = 1`);
}

/** A coverage alert to `recipients`, as the alert job sends it: one notification, one message each. */
export function coverageAlertTo<R extends { personId: string; email: string }>(recipients: R[], key: string) {
  return {
    event: "coverage.alert" as const,
    key,
    recipients,
    message: () => ({
      template: "coverage_alert" as const,
      props: {
        deadline: "next_needed_by" as const,
        dueAt: "Fri 31 Mar 2017, 00:00 UTC",
        daysLeft: 7,
        overdue: false,
        widened: false,
        url: "http://localhost:3000/coverage",
      },
    }),
  };
}
