import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailMessages } from "@/db/schema";
import { testDriver } from "@/db/testing";
import { startWorkers } from "@/lib/jobs/workers";
import { deliverEmail } from "@/lib/services/mail/deliver-email";
import { startResendStandIn } from "@/lib/testing/resend-stand-in";
import { eventually, openTestRuntime } from "@/lib/testing/runtime";
import { enqueueEmail } from "./enqueue-email";

describe(`mail delivery on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let resend: Awaited<ReturnType<typeof startResendStandIn>>;
  beforeAll(async () => {
    resend = await startResendStandIn(2);
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_BASE_URL = resend.url;
    runtime = await openTestRuntime({ queueOptions: { retryDelay: 1, retryDelayMax: 1 } });
    await startWorkers(runtime.boss, runtime.db, { pollingIntervalSeconds: 0.5 });
  });
  afterAll(async () => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    await runtime.close();
    await resend.close();
  });

  it("a job that fails twice then succeeds sends the message exactly once", async () => {
    const props = {
      url: "http://localhost:3000/signin/confirm?token=t&email=a%40example.org",
      expiresInMinutes: 10,
    };
    const id = await runtime.db.transaction((tx) =>
      enqueueEmail(tx, runtime.boss, {
        template: "sign_in",
        to: "a@example.org",
        props,
        idempotencyKey: "k-1",
      }),
    );
    expect(id).toBeTruthy();
    const sent = await eventually(async () => {
      const [row] = await runtime.db
        .select()
        .from(emailMessages)
        .where(eq(emailMessages.id, id as string));
      return row?.status === "sent" ? row : undefined;
    });
    expect(sent.attempts).toBe(3);
    expect(sent.transport).toBe("resend");
    expect(resend.attempts).toHaveLength(3);
    expect(new Set(resend.attempts.map((a) => a.idempotencyKey))).toEqual(new Set(["k-1"]));
    expect(resend.accepted.size).toBe(1);
    expect(resend.accepted.get("k-1")?.body.to).toBe("a@example.org");

    // Running the job again (a redelivered job) does not call the provider a second time.
    await deliverEmail(runtime.db, { messageId: id as string });
    expect(resend.attempts).toHaveLength(3);
  });

  it("the same idempotency key queues one message only", async () => {
    const props = { url: "http://localhost:3000/x", expiresInMinutes: 10 };
    const request = { template: "sign_in" as const, to: "b@example.org", props, idempotencyKey: "k-2" };
    const first = await runtime.db.transaction((tx) => enqueueEmail(tx, runtime.boss, request));
    const second = await runtime.db.transaction((tx) => enqueueEmail(tx, runtime.boss, request));
    expect(first).toBeTruthy();
    expect(second).toBeNull();
    expect(await runtime.db.$count(emailMessages, eq(emailMessages.idempotencyKey, "k-2"))).toBe(1);
  });

  it("a rolled-back change leaves neither message nor job", async () => {
    const props = { url: "http://localhost:3000/y", expiresInMinutes: 10 };
    const jobsBefore = (await runtime.boss.findJobs("mail")).length;
    await expect(
      runtime.db.transaction(async (tx) => {
        await enqueueEmail(tx, runtime.boss, {
          template: "sign_in",
          to: "c@example.org",
          props,
          idempotencyKey: "k-3",
        });
        throw new Error("change refused");
      }),
    ).rejects.toThrow("change refused");
    expect(await runtime.db.$count(emailMessages, eq(emailMessages.idempotencyKey, "k-3"))).toBe(0);
    expect(await runtime.boss.findJobs("mail")).toHaveLength(jobsBefore);
  });
});
