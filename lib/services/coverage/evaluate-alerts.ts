import "server-only";
import { and, gt, lt, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db, Queryable } from "@/db/client";
import { coverageAlertsSent } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { systemActor } from "@/lib/auth/actor";
import { alreadySent, type DueAlert, dueCoverageAlerts } from "@/lib/domain/coverage/alerts";
import { STAFF_ROLES } from "@/lib/domain/people";
import { appUrl } from "@/lib/http/app-url";
import { loadCoverageState } from "@/lib/queries/coverage/coverage-state";
import { activePeopleWithAnyRole, type NoticeRecipient } from "@/lib/queries/notice-recipients";
import { notify } from "@/lib/services/notify/notify";
import { dateOf, type Instant, MS_PER_DAY } from "@/lib/time";
import { formatMeeting } from "@/lib/time/format";

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
    const state = await loadCoverageState(tx, now);
    const due = await unsent(tx, dueCoverageAlerts({ ...state, ...state.settings }));
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
          sentAt: dateOf(now),
          recipients: to.length,
        })
        .onConflictDoNothing()
        .returning({ id: coverageAlertsSent.id });
      if (!row) continue;
      await alertPeople(tx, boss, alert, to);
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
        now,
      );
      sent.push({ ...alert, recipients: to.length });
    }
    return sent;
  });
}

/** Drops the alerts already sent (`alreadySent`), read in one query; the unique constraint stays the final guard. */
async function unsent(tx: Queryable, due: DueAlert[]): Promise<DueAlert[]> {
  if (due.length === 0) return [];
  const widest = Math.max(...due.map((alert) => alert.thresholdDays)) * MS_PER_DAY;
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
  const sent = rows.map((row) => ({ ...row, at: row.deadlineAt.getTime() }));
  return due.filter((alert) => !alreadySent(alert, sent));
}

async function alertPeople(tx: Queryable, boss: PgBoss, alert: DueAlert, to: NoticeRecipient[]) {
  const deadlineIso = new Date(alert.at).toISOString();
  await notify(tx, boss, {
    event: "coverage.alert",
    key: `coverage-alert:${alert.deadline}:${deadlineIso}:${alert.thresholdDays}`,
    recipients: to.map((person) => ({ ...person, personId: person.id })),
    message: () => ({
      template: "coverage_alert",
      props: {
        deadline: alert.deadline,
        dueAt: formatMeeting(alert.at, "UTC"),
        daysLeft: alert.daysLeft,
        overdue: alert.overdue,
        widened: alert.widened,
        url: appUrl("/coverage"),
      },
    }),
  });
}
