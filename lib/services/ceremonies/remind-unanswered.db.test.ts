import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, emailMessages, invitations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { AppError } from "@/lib/errors";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { MS_PER_HOUR } from "@/lib/time";
import { remindUnanswered } from "./remind-unanswered";

describe(`"remind now" on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  let coordinator: Actor;
  const now = Date.parse("2026-05-01T09:00:00Z");
  const remind = (at: number, actor = coordinator) =>
    remindUnanswered(runtime.db, runtime.boss, actor, { id: f.ceremony.id }, at);
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: unknown) => e as AppError,
    );
  const reminders = () =>
    runtime.db.select().from(emailMessages).where(eq(emailMessages.event, "invitation.reminder"));

  beforeAll(async () => {
    runtime = await openTestRuntime();
    f = await planningFixture(runtime.db, now, 3, "rem");
    coordinator = {
      id: f.coordinator.id,
      label: f.coordinator.email,
      roles: ["coordinator"],
      requestId: null,
      ip: null,
    };
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("mails each invitee who owes an answer once, audited; two presses at once send one round", async () => {
    const [first, second] = await Promise.all([refusal(remind(now)), refusal(remind(now + 1000))]);
    expect([first, second].filter((e) => e === null)).toHaveLength(1);
    expect([first, second].find((e) => e !== null)?.code).toBe("rate_limited");
    const sent = await reminders();
    expect(sent.map((m) => m.to).sort()).toEqual([...f.people.map((p) => p.email), f.admin.email].sort());
    expect(sent.every((m) => m.subject.startsWith("Reminder: please answer: REM-KC1"))).toBe(true);
    const audits = await runtime.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "ceremony.reminded"), eq(auditEvents.subjectId, f.ceremony.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.actorLabel).toBe(f.coordinator.email);
    expect(audits[0]?.summary.reminded).toHaveLength(4);
  });

  it("refuses again within a day, naming when the next may go; then reminds only those still silent", async () => {
    const early = await refusal(remind(now + 23 * MS_PER_HOUR));
    expect(early?.code).toBe("rate_limited");
    expect(early?.message).toContain("the next can be sent from 2026-05-02 09:00:00.000 UTC");
    const [answered] = f.invited;
    await runtime.db
      .update(invitations)
      .set({ response: "attending" })
      .where(eq(invitations.id, answered?.id ?? ""));
    const before = (await reminders()).length;
    expect(await remind(now + 25 * MS_PER_HOUR)).toEqual({ reminded: 3 });
    const latest = (await reminders()).slice(before);
    expect(latest).toHaveLength(3);
    expect(latest.map((m) => m.to)).not.toContain(f.people[0]?.email);
  });

  it("refuses when everyone has answered, and refuses anyone who does not manage ceremonies", async () => {
    await runtime.db
      .update(invitations)
      .set({ response: "declined" })
      .where(eq(invitations.ceremonyId, f.ceremony.id));
    const none = await refusal(remind(now + 50 * MS_PER_HOUR));
    expect(none?.message).toBe("Everyone invited has answered: nobody to remind.");
    const tcr = { ...coordinator, id: f.people[1]?.id ?? null, roles: ["crypto_officer" as const] };
    expect((await refusal(remind(now + 50 * MS_PER_HOUR, tcr)))?.code).toBe("forbidden");
  });
});
