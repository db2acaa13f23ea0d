import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailMessages } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import { startWorkers } from "@/lib/jobs/workers";
import { deliverEmail } from "@/lib/services/mail/deliver-email";
import { notify } from "@/lib/services/notify/notify";
import { coverageAlertTo } from "@/lib/testing/coverage-alerts";
import { testDriver } from "@/lib/testing/database";
import { startResendStandIn } from "@/lib/testing/resend-stand-in";
import { eventually, openTestRuntime } from "@/lib/testing/runtime";

const person = (n: number, email: string) => ({ personId: `00000000-0000-4000-8000-00000000000${n}`, email });
const [A, B, C] = [person(1, "a@example.org"), person(2, "b@example.org"), person(3, "c@example.org")];

/** A coverage alert to one person, as the alert job sends it. */
const alertTo = (recipient: typeof A, key: string) => coverageAlertTo([recipient], key);

describe(`mail delivery on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let resend: Awaited<ReturnType<typeof startResendStandIn>>;
  beforeAll(async () => {
    resend = await startResendStandIn(2);
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_BASE_URL = resend.url;
    runtime = await openTestRuntime({ queueOptions: { retryDelay: 1, retryDelayMax: 1 } });
    // Notices go to people: each recipient's inbox row refers to them.
    for (const p of [A, B, C]) await createPerson(runtime.db, { id: p.personId, email: p.email });
    await startWorkers(runtime.boss, runtime.db, { pollingIntervalSeconds: 0.5 });
  });
  afterAll(async () => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    await runtime.close();
    await resend.close();
  });

  it("a job that fails twice then succeeds sends the message exactly once, rendered in the worker", async () => {
    const queued = await runtime.db.transaction((tx) => notify(tx, runtime.boss, alertTo(A, "k-1")));
    expect(queued).toBe(1);
    const [stored] = await runtime.db.select().from(emailMessages).where(eq(emailMessages.to, A.email));
    // Committed with its subject and props; the body is rendered by the delivery job, not the change.
    expect(stored).toMatchObject({
      event: "coverage.alert",
      subject: expect.stringContaining("Next SKR needed by"),
      html: null,
    });
    const id = stored?.id as string;
    const sent = await eventually(async () => {
      const [row] = await runtime.db.select().from(emailMessages).where(eq(emailMessages.id, id));
      return row?.status === "sent" ? row : undefined;
    });
    expect(sent.attempts).toBe(3);
    expect(sent.transport).toBe("resend");
    expect(sent.html).toContain("/coverage");
    const key = `k-1:${A.personId}`;
    expect(resend.attempts).toHaveLength(3);
    expect(new Set(resend.attempts.map((a) => a.idempotencyKey))).toEqual(new Set([key]));
    expect(resend.accepted.size).toBe(1);
    expect(resend.accepted.get(key)?.body.to).toBe(A.email);
    expect(resend.accepted.get(key)?.body.html).toBe(sent.html);

    // Running the job again (a redelivered job) does not call the provider a second time.
    await deliverEmail(runtime.db, { messageId: id }, Date.now());
    expect(resend.attempts).toHaveLength(3);
  });

  it("the same notification queues one message per recipient only", async () => {
    const first = await runtime.db.transaction((tx) => notify(tx, runtime.boss, alertTo(B, "k-2")));
    const second = await runtime.db.transaction((tx) => notify(tx, runtime.boss, alertTo(B, "k-2")));
    expect([first, second]).toEqual([1, 0]);
    expect(
      await runtime.db.$count(emailMessages, eq(emailMessages.idempotencyKey, `k-2:${B.personId}`)),
    ).toBe(1);
  });

  it("a rolled-back change leaves neither message nor job", async () => {
    const jobsBefore = (await runtime.boss.findJobs("mail")).length;
    await expect(
      runtime.db.transaction(async (tx) => {
        await notify(tx, runtime.boss, alertTo(C, "k-3"));
        throw new Error("change refused");
      }),
    ).rejects.toThrow("change refused");
    expect(
      await runtime.db.$count(emailMessages, eq(emailMessages.idempotencyKey, `k-3:${C.personId}`)),
    ).toBe(0);
    expect(await runtime.boss.findJobs("mail")).toHaveLength(jobsBefore);
  });
});
