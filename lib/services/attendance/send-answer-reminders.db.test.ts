import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailMessages, invitations } from "@/db/schema";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { MS_PER_DAY, MS_PER_HOUR } from "@/lib/time";
import { sendAnswerReminders } from "./send-answer-reminders";

// The fixture's ceremony is 90 days after `now` in New York; responses are due 75 days before it, so
// the 14-day stage comes a day after `now`, the 7-day stage on day 8 and the 2-day stage on day 13.
describe(`staged answer reminders on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  const now = Date.parse("2026-05-01T16:00:00Z");
  const day = (n: number) => now + n * MS_PER_DAY;
  const run = (at: number) => sendAnswerReminders(runtime.db, runtime.boss, at);
  const sentTo = async () =>
    (await runtime.db.select().from(emailMessages).where(eq(emailMessages.event, "invitation.reminder"))).map(
      (m) => m.to,
    );

  beforeAll(async () => {
    runtime = await openTestRuntime();
    f = await planningFixture(runtime.db, now, 3, "stg");
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("sends nothing before the first stage, then each stage once to each invitee still silent", async () => {
    expect(await run(now)).toBe(0);
    expect(await run(day(1))).toBe(4);
    // Every hourly run of that stage, and a second instance, adds nothing.
    expect(await run(day(1) + MS_PER_HOUR)).toBe(0);
    expect(await run(day(3))).toBe(0);

    const [answered] = f.invited;
    await runtime.db
      .update(invitations)
      .set({ response: "attending" })
      .where(eq(invitations.id, answered?.id ?? ""));
    expect(await run(day(8))).toBe(3);
    expect(await run(day(13))).toBe(3);
    const to = await sentTo();
    expect(to).toHaveLength(10);
    expect(to.filter((email) => email === f.people[0]?.email)).toHaveLength(1);
  });

  it("on the RSVP-by date tells the coordinators once what is short and who has not answered", async () => {
    expect(await run(day(15))).toBe(1);
    expect(await run(day(15) + MS_PER_HOUR)).toBe(0);
    expect(await run(day(20))).toBe(0);
    const notices = await runtime.db
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.event, "answers.due"));
    expect(notices.map((n) => n.to)).toEqual([f.coordinator.email]);
    expect(notices[0]?.subject).toMatch(
      /^STG-KC1: responses were due \d{4}-\d{2}-\d{2} and the quorum is not met$/,
    );
    const props = notices[0]?.props as { missing: string[]; shortfalls: string[] };
    expect(props.missing).toEqual(expect.arrayContaining(["Officer 1", "Officer 2"]));
    expect(props.missing).not.toContain("Officer 0");
    expect(props.shortfalls).toEqual([
      expect.stringMatching(/^crypto_officer\/stg-CO: 1 of 3 confirmed, 2 possible$/),
      expect.anything(),
    ]);
  });

  it("reminds nobody after the RSVP-by date, nor once everyone has answered", async () => {
    const before = (await sentTo()).length;
    expect(await run(day(16))).toBe(0);
    await runtime.db
      .update(invitations)
      .set({ response: "declined" })
      .where(eq(invitations.ceremonyId, f.ceremony.id));
    expect(await run(day(14))).toBe(0);
    expect(await sentTo()).toHaveLength(before);
  });
});
