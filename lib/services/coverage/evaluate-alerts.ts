import { and, gt, lt, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db, Queryable } from "@/db/client";
import { coverageAlertsSent } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { systemActor } from "@/lib/auth/actor";
import { STAFF_ROLES } from "@/lib/domain/people";
import { appUrl } from "@/lib/http/app-url";
import { loadCoverageState } from "@/lib/queries/coverage/coverage-state";
import { activePeopleWithAnyRole, type NoticeRecipient } from "@/lib/queries/notice-recipients";
import { enqueueEmail } from "@/lib/services/mail/enqueue-email";
import type { Instant } from "@/lib/time";
import { formatMeeting } from "@/lib/time/format";
import { type DueAlert, dueCoverageAlerts } from "./due-alerts";

// Serialises runs (cron and uploads, on any instance) so two never both decide an alert is unsent.
const COVERAGE_ALERT_LOCK_KEY = 7_202_010;

export interface SentCoverageAlert extends DueAlert {
  recipients: number;
}

/**
 * Sends the staged deadline alerts due at `now`, each (deadline instant, threshold) at most once. An SKR
 * that moves a deadline later gives it a new instant, so the old one's thresholds are never reached and
 * the new one starts its own countdown. Alert rows, outbox messages and audit events commit together.
 */
export async function evaluateCoverageAlerts(
  db: Db,
  boss: PgBoss,
  now: Instant,
): Promise<SentCoverageAlert[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${COVERAGE_ALERT_LOCK_KEY})`);
    const due = await unsent(tx, dueCoverageAlerts(await loadCoverageState(tx, now)));
    if (due.length === 0) return [];
    const people = await activePeopleWithAnyRole(tx, ["coordinator", ...STAFF_ROLES]);
    const sent: SentCoverageAlert[] = [];
    for (const alert of due) {
      const to = people.filter((person) => alert.widened || person.roles.includes("coordinator"));
      // Left unrecorded with nobody to tell, so it goes out once a coordinator exists.
      if (to.length === 0) continue;
      const [row] = await tx
        .insert(coverageAlertsSent)
        .values({
          deadline: alert.deadline,
          deadlineAt: new Date(alert.at),
          thresholdDays: alert.thresholdDays,
          sentAt: new Date(now),
          recipients: to.length,
        })
        .onConflictDoNothing()
        .returning({ id: coverageAlertsSent.id });
      if (!row) continue;
      await notify(tx, boss, alert, to);
      await recordAudit(
        tx,
        systemActor("coverage-check"),
        {
          action: "coverage.alert_sent",
          subjectType: "coverage",
          subjectId: row.id,
          summary: {
            deadline: alert.deadline,
            deadlineAt: new Date(alert.at).toISOString(),
            thresholdDays: alert.thresholdDays,
            overdue: alert.overdue,
            recipients: to.length,
          },
        },
        new Date(now),
      );
      sent.push({ ...alert, recipients: to.length });
    }
    return sent;
  });
}

const DAY_MS = 86_400_000;

/**
 * Drops the alerts already recorded, in one query (the unique constraint stays the final guard), and the
 * ones a moved deadline would repeat: a threshold already sent for the same kind of deadline at an instant
 * less than that threshold away is the same deadline, moved by an SKR or an anchor change, so it is not
 * sent again; the moved deadline's smaller thresholds go out as usual. A quarter later is a new deadline.
 */
async function unsent(tx: Queryable, due: DueAlert[]): Promise<DueAlert[]> {
  if (due.length === 0) return [];
  const widest = Math.max(...due.map((alert) => alert.thresholdDays)) * DAY_MS;
  const instants = due.map((alert) => alert.at);
  const rows = await tx
    .select({
      deadline: coverageAlertsSent.deadline,
      deadlineAt: coverageAlertsSent.deadlineAt,
      thresholdDays: coverageAlertsSent.thresholdDays,
    })
    .from(coverageAlertsSent)
    .where(
      and(
        gt(coverageAlertsSent.deadlineAt, new Date(Math.min(...instants) - widest)),
        lt(coverageAlertsSent.deadlineAt, new Date(Math.max(...instants) + widest)),
      ),
    );
  const sameOrMoved = (alert: DueAlert) =>
    rows.some(
      (r) =>
        r.deadline === alert.deadline &&
        r.thresholdDays === alert.thresholdDays &&
        (r.deadlineAt.getTime() === alert.at ||
          Math.abs(r.deadlineAt.getTime() - alert.at) < alert.thresholdDays * DAY_MS),
    );
  return due.filter((alert) => !sameOrMoved(alert));
}

async function notify(tx: Queryable, boss: PgBoss, alert: DueAlert, to: NoticeRecipient[]) {
  const deadlineIso = new Date(alert.at).toISOString();
  for (const person of to) {
    await enqueueEmail(tx, boss, {
      template: "coverage_alert",
      to: person.email,
      idempotencyKey: `coverage-alert:${alert.deadline}:${deadlineIso}:${alert.thresholdDays}:${person.id}`,
      props: {
        deadline: alert.deadline,
        dueAt: formatMeeting(alert.at, "UTC"),
        daysLeft: alert.daysLeft,
        overdue: alert.overdue,
        widened: alert.widened,
        url: appUrl("/coverage"),
      },
    });
  }
}
