import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ceremonies, emailMessages } from "@/db/schema";
import { listAuditEvents } from "@/lib/queries/audit";
import { ceremonyPage } from "@/lib/queries/planning/ceremony-page";
import { QUEUES } from "@/lib/queue/queues";
import {
  refreshVerdicts,
  runVerdictRefresh,
  type VerdictRefreshJob,
} from "@/lib/services/planning/refresh-verdicts";
import { actorFor } from "@/lib/testing/actor";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { respondToInvitation } from "./respond";

const now = Date.parse("2026-11-27T12:00:00Z");

describe(`the verdict after an answer, judged in the worker, on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  beforeAll(async () => {
    runtime = await openTestRuntime();
    f = await planningFixture(runtime.db, now, 5, "vw");
    // Nobody has answered yet, so everyone may still come: the stored verdict starts at risk.
    await runtime.db.transaction((tx) =>
      refreshVerdicts(tx, runtime.boss, actorFor(f.coordinator), { ceremonyIds: [f.ceremony.id] }, now),
    );
  });
  afterAll(async () => {
    await runtime.close();
  });

  const stored = async () =>
    (await runtime.db.select().from(ceremonies).where(eq(ceremonies.id, f.ceremony.id)))[0]?.lastVerdict;
  const queued = () => runtime.boss.fetch<VerdictRefreshJob>(QUEUES.verdictRefresh, { batchSize: 50 });
  const verdictNotices = () =>
    runtime.db
      .select()
      .from(emailMessages)
      .where(
        and(
          eq(emailMessages.template, "verdict_changed"),
          like(emailMessages.subject, `${f.ceremony.label}:%`),
        ),
      );

  it("answers at once with the new quorum on the page; the stored verdict and its notice follow once", async () => {
    expect(await stored()).toBe("at_risk");
    const answer = (person: { id: string } | undefined, i: number) =>
      respondToInvitation(
        runtime.db,
        runtime.boss,
        actorFor(person as never),
        { invitationId: f.invited[i]?.id, version: 1, response: "attending" },
        now,
      );
    for (const i of [0, 1, 2]) await answer(f.people[i], i);
    await answer(f.admin, 5);

    // The page judges the quorum from the answers themselves: the TCR's next page is already right.
    expect((await ceremonyPage(runtime.db, f.ceremony.id, now))?.verdict).toBe("met");
    expect(await stored()).toBe("at_risk");
    expect(await verdictNotices()).toHaveLength(0);

    // One refresh per answer, taken by workers side by side: the row lock makes them judge in turn.
    const jobs = await queued();
    expect(jobs.map((job) => job.data.ceremonyId)).toEqual(Array(4).fill(f.ceremony.id));
    await Promise.all(jobs.map((job) => runVerdictRefresh(runtime.db, runtime.boss, job.data, now)));
    await runtime.boss.complete(
      QUEUES.verdictRefresh,
      jobs.map((job) => job.id),
    );

    expect(await stored()).toBe("met");
    const notices = await verdictNotices();
    expect(notices.map((n) => [n.to, n.subject])).toEqual([
      [f.coordinator.email, `${f.ceremony.label}: quorum met`],
    ]);
    const events = (await listAuditEvents(runtime.db, { action: "ceremony.verdict_changed" })).events.filter(
      (e) => e.subjectId === f.ceremony.id,
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.actorLabel).toBe("quorum-check");
  });

  it("queues nothing for an answer that did not commit", async () => {
    await expect(
      respondToInvitation(
        runtime.db,
        runtime.boss,
        actorFor(f.people[3] as never),
        { invitationId: f.invited[3]?.id, version: 7, response: "declined" },
        now,
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await queued()).toHaveLength(0);
  });
});
