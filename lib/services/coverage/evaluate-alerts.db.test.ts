import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditEvents, coverageAlertsSent, coverageSettings } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import { COVERAGE_CHECK_CRON, scheduleCoverageCheck } from "@/lib/jobs/coverage-check";
import { startWorkers } from "@/lib/jobs/workers";
import { startBoss } from "@/lib/queue/boss";
import { QUEUES } from "@/lib/queue/queues";
import {
  addSkr,
  alertEmails,
  at6,
  expectedRun,
  ONE_QUARTER,
  recordedAlerts,
  resetCoverage,
  simulate,
} from "@/lib/testing/coverage-alerts";
import { testDriver } from "@/lib/testing/database";
import { eventually, openTestRuntime } from "@/lib/testing/runtime";
import { MS_PER_DAY } from "@/lib/time";
import { evaluateCoverageAlerts } from "./evaluate-alerts";

const ALL = [90, 60, 30, 14, 7, 3, 1, 0];
const byDay = <T extends { day: string; deadline: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.day.localeCompare(b.day) || a.deadline.localeCompare(b.deadline));
const withoutRecipients = <T extends { recipients: number }>(rows: T[]) =>
  rows.map(({ recipients: _, ...rest }) => rest);

describe(`coverage alerts on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let coordinatorId: string;
  beforeAll(async () => {
    runtime = await openTestRuntime();
    const { db } = runtime;
    coordinatorId = (await createPerson(db, { email: "coord@example.org", roles: ["coordinator"] })).id;
    await createPerson(db, { email: "both@example.org", roles: ["coordinator", "system_administrator"] });
    await createPerson(db, { email: "staff@example.org", roles: ["ceremony_administrator"] });
    await createPerson(db, { email: "tcr@example.org", roles: ["crypto_officer"] });
    await createPerson(db, { email: "gone@example.org", roles: ["coordinator"], active: false });
  });
  afterAll(() => runtime.close());
  beforeEach(() => resetCoverage(runtime));

  it("sends nothing while no SKR is on file", async () => {
    expect(await evaluateCoverageAlerts(runtime.db, runtime.boss, at6("2017-03-30"))).toEqual([]);
    expect(await recordedAlerts(runtime)).toEqual([]);
  });

  it("over a simulated clock sends each threshold of each deadline once, in order, on its day", async () => {
    await addSkr(runtime, coordinatorId);
    const auditBefore = await countAudit();
    const { sent, repeats } = await simulate(runtime, "2016-12-01", "2017-05-31");

    const expected = byDay([
      ...expectedRun("next_needed_by", "2017-03-31", ALL),
      ...expectedRun("coverage_end", "2017-04-11", ALL),
    ]);
    expect(expected[0]).toEqual({
      day: "2016-12-31",
      deadline: "next_needed_by",
      deadlineAt: "2017-03-31",
      threshold: 90,
    });
    expect(withoutRecipients(byDay(sent))).toEqual(expected);
    expect(withoutRecipients(byDay(await recordedAlerts(runtime)))).toEqual(expected);
    // A second run the same day (another upload, another instance) finds nothing new.
    expect(repeats.every((count) => count === 0)).toBe(true);

    // Coordinators only until 14 days are left; then coordinators and staff, each person once.
    for (const row of sent) expect(row.recipients).toBe(row.threshold <= 14 ? 3 : 2);
    const emails = await alertEmails(runtime);
    expect(emails).toHaveLength(sent.reduce((n, row) => n + row.recipients, 0));
    expect(new Set(emails.map((e) => e.to))).toEqual(
      new Set(["coord@example.org", "both@example.org", "staff@example.org"]),
    );
    expect(emails.filter((e) => e.to === "staff@example.org")).toHaveLength(10);
    const subjects = new Set(emails.map((e) => e.subject));
    expect(subjects).toContain("Next SKR needed by Fri 31 Mar 2017, 00:00 UTC (89 days left)");
    expect(subjects).toContain("Overdue: SKR coverage ends Tue 11 Apr 2017, 00:00 UTC (passed)");
    expect(await countAudit()).toBe(auditBefore + expected.length);
  });

  it("stops the old deadlines' alerts once a covering SKR is uploaded, until the new ones come due", async () => {
    await addSkr(runtime, coordinatorId);
    const before = await simulate(runtime, "2016-12-01", "2017-03-10");
    expect(before.sent.map((r) => `${r.deadline}:${r.threshold}`)).toEqual([
      "next_needed_by:90",
      "coverage_end:90",
      "next_needed_by:60",
      "coverage_end:60",
      "next_needed_by:30",
    ]);

    await addSkr(runtime, coordinatorId, ONE_QUARTER);
    // The upload's own run: the deadlines moved a quarter later, out of every threshold.
    expect(
      await evaluateCoverageAlerts(runtime.db, runtime.boss, Date.parse("2017-03-10T12:00:00Z")),
    ).toEqual([]);
    const after = await simulate(runtime, "2017-03-11", "2017-07-31");
    expect(after.sent.some((r) => r.deadlineAt === "2017-03-31" || r.deadlineAt === "2017-04-11")).toBe(
      false,
    );
    expect(withoutRecipients(byDay(after.sent))).toEqual(
      byDay([
        ...expectedRun("next_needed_by", "2017-06-29", ALL),
        ...expectedRun("coverage_end", "2017-07-10", ALL),
      ]),
    );
    expect(after.sent[0]?.day).toBe("2017-03-31");
  });

  it("a deadline moved by days does not repeat the threshold already sent; its next ones go out", async () => {
    await addSkr(runtime, coordinatorId);
    const before = await simulate(runtime, "2016-12-01", "2017-03-02");
    expect(before.sent.at(-1)).toMatchObject({
      day: "2017-03-01",
      deadline: "next_needed_by",
      threshold: 30,
    });
    await addSkr(runtime, coordinatorId, 5 * MS_PER_DAY);
    const after = await simulate(runtime, "2017-03-03", "2017-03-28");
    // The 5-day copy shortens the median stride, so next-needed-by stays 03-31; coverage end moves from
    // 04-11 to 04-16, and its 60-day alert, sent on 02-10, is not repeated for the moved instant.
    expect(byDay(after.sent).map((r) => `${r.day} ${r.deadline}:${r.deadlineAt}:${r.threshold}`)).toEqual([
      "2017-03-17 coverage_end:2017-04-16:30",
      "2017-03-17 next_needed_by:2017-03-31:14",
      "2017-03-24 next_needed_by:2017-03-31:7",
      "2017-03-28 next_needed_by:2017-03-31:3",
    ]);
  });

  it("after downtime sends only the smallest threshold reached, not the ones it slept through", async () => {
    await addSkr(runtime, coordinatorId);
    const sent = await evaluateCoverageAlerts(runtime.db, runtime.boss, at6("2017-03-25"));
    expect(sent.map((a) => [a.deadline, a.thresholdDays, a.daysLeft])).toEqual([
      ["next_needed_by", 7, 5],
      ["coverage_end", 30, 16],
    ]);
  });

  it("two runs at once (cron and an upload, or two instances) send each alert once", async () => {
    await addSkr(runtime, coordinatorId);
    const now = at6("2017-03-25");
    const runs = await Promise.all(
      [1, 2, 3].map(() => evaluateCoverageAlerts(runtime.db, runtime.boss, now)),
    );
    expect(runs.flat()).toHaveLength(2);
    expect(await alertEmails(runtime)).toHaveLength(3 + 2);
  });

  it("honours thresholds and the widening window changed in the settings", async () => {
    await runtime.db
      .update(coverageSettings)
      .set({ alertDays: sql`'{45,10}'`, widenDays: 5 })
      .where(eq(coverageSettings.id, 1));
    await addSkr(runtime, coordinatorId);
    const { sent } = await simulate(runtime, "2017-01-01", "2017-04-30");
    expect(withoutRecipients(byDay(sent))).toEqual(
      byDay([
        ...expectedRun("next_needed_by", "2017-03-31", [45, 10, 0]),
        ...expectedRun("coverage_end", "2017-04-11", [45, 10, 0]),
      ]),
    );
    for (const row of sent) expect(row.recipients).toBe(row.threshold === 0 ? 3 : 2);
  });

  it("gives the coverage queue the stately policy, recreating a queue made before it had one", async () => {
    expect((await runtime.boss.getQueue(QUEUES.coverageCheck))?.policy).toBe("stately");
    await runtime.boss.deleteQueue(QUEUES.coverageCheck);
    await runtime.boss.createQueue(QUEUES.coverageCheck);
    const restarted = await startBoss(runtime.database);
    await restarted.stop({ graceful: true, timeout: 5000 });
    expect((await runtime.boss.getQueue(QUEUES.coverageCheck))?.policy).toBe("stately");
    // A burst of uploads leaves one check queued, not one per upload.
    const ids = await Promise.all([1, 2, 3].map(() => runtime.boss.send(QUEUES.coverageCheck, {})));
    expect(ids.filter(Boolean)).toHaveLength(1);
    await runtime.boss.deleteQueuedJobs(QUEUES.coverageCheck);
  });

  it("registers the daily cron once and runs a queued check through the worker", async () => {
    await addSkr(runtime, coordinatorId);
    // Every instance sets the schedule at start; the second call updates the same row.
    await scheduleCoverageCheck(runtime.boss);
    await startWorkers(runtime.boss, runtime.db, { pollingIntervalSeconds: 0.5 });
    const schedules = await runtime.boss.getSchedules(QUEUES.coverageCheck);
    expect(schedules.map((s) => [s.cron, s.timezone])).toEqual([[COVERAGE_CHECK_CRON, "UTC"]]);

    // At the real clock the 2017 SKR has long expired: one overdue alert for each deadline.
    await runtime.boss.send(QUEUES.coverageCheck, { reason: "upload" });
    const rows = await eventually(async () => {
      const found = await runtime.db.select().from(coverageAlertsSent);
      return found.length === 2 ? found : null;
    });
    expect(rows.map((r) => r.thresholdDays)).toEqual([0, 0]);
  });

  async function countAudit() {
    const rows = await runtime.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(eq(auditEvents.action, "coverage.alert_sent"));
    return rows.length;
  }
});
