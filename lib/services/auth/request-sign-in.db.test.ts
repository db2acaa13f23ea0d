import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, emailMessages, verificationTokens } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import { systemActor } from "@/lib/auth/actor";
import { startWorkers } from "@/lib/jobs/workers";
import { listAuditEvents } from "@/lib/queries/audit";
import { messageForRecipient } from "@/lib/services/mail/deliver-email";
import { testDriver } from "@/lib/testing/database";
import { eventually, openTestRuntime } from "@/lib/testing/runtime";
import { verificationTokenHash, WITHHELD_LINK } from "./issue-sign-in-link";
import { requestSignIn } from "./request-sign-in";

describe(`sign-in requests on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  const from = (ip: string) => ({ ...systemActor("anonymous"), ip });
  const now = Date.parse("2026-11-27T10:00:00Z");
  const ask = (ip: string, email: string, at = now) =>
    requestSignIn(runtime.db, runtime.boss, from(ip), { email, callbackPath: "/me" }, at);
  const messagesTo = (to: string) => runtime.db.select().from(emailMessages).where(eq(emailMessages.to, to));
  beforeAll(async () => {
    process.env.APP_URL = "http://desk.example.org";
    runtime = await openTestRuntime();
    await startWorkers(runtime.boss, runtime.db, { pollingIntervalSeconds: 0.5 });
    await createPerson(runtime.db, { email: "known@example.org", roles: ["crypto_officer"] });
    await createPerson(runtime.db, { email: "gone@example.org", roles: ["crypto_officer"], active: false });
  });
  afterAll(async () => {
    delete process.env.APP_URL;
    await runtime.close();
  });

  it("mails only active registered people, and answers everyone alike", async () => {
    const answers = [
      await ask("10.0.0.1", " Known@Example.org "),
      await ask("10.0.0.1", "nobody@example.org"),
      await ask("10.0.0.1", "gone@example.org"),
    ];
    expect(answers).toEqual([
      { email: "known@example.org", rateLimitedUntil: null },
      { email: "nobody@example.org", rateLimitedUntil: null },
      { email: "gone@example.org", rateLimitedUntil: null },
    ]);
    const [mail] = await eventually(async () => {
      const rows = await messagesTo("known@example.org");
      return rows[0]?.status === "sent" ? rows : undefined;
    });
    // The sign-in jobs for the other two ran as well, and mailed nobody.
    await eventually(async () => (await runtime.boss.findJobs("sign-in", { queued: true })).length === 0);
    expect(await messagesTo("nobody@example.org")).toEqual([]);
    expect(await messagesTo("gone@example.org")).toEqual([]);
    const { events } = await listAuditEvents(runtime.db, { action: "auth.sign_in_requested" });
    expect(events.map((e) => [e.summary.email, e.summary.known, e.summary.linkSent])).toEqual([
      ["gone@example.org", true, false],
      ["nobody@example.org", false, false],
      ["known@example.org", true, true],
    ]);

    // The outbox never holds the token readably: the stored copy shows a placeholder, and only the
    // sealed props, opened with a key derived from AUTH_SECRET, give the link on the public origin.
    const [token] = await runtime.db.select().from(verificationTokens);
    expect(JSON.stringify(mail?.props)).toContain(WITHHELD_LINK);
    expect(`${JSON.stringify(mail?.props)}${mail?.text}${mail?.html}${mail?.sealedProps}`).not.toMatch(
      /token=[0-9a-f]{64}/,
    );
    const delivered = await messageForRecipient(mail as NonNullable<typeof mail>);
    const link = /http:\/\/desk\.example\.org\/signin\/confirm\?\S+/.exec(delivered.text)?.[0] ?? "";
    const url = new URL(link);
    expect(url.searchParams.get("email")).toBe("known@example.org");
    expect(url.searchParams.get("callbackUrl")).toBe("/me");
    expect(verificationTokenHash(url.searchParams.get("token") ?? "")).toBe(token?.token);
  });

  it("a new link revokes the person's older unused links", async () => {
    await ask("10.0.0.3", "known@example.org");
    await eventually(async () => (await messagesTo("known@example.org")).length === 2);
    const tokens = await runtime.db
      .select()
      .from(verificationTokens)
      .where(eq(verificationTokens.identifier, "known@example.org"));
    expect(tokens).toHaveLength(1);
    const newest = (await messagesTo("known@example.org")).sort((a, b) => +b.createdAt - +a.createdAt)[0];
    const link = (await messageForRecipient(newest as NonNullable<typeof newest>)).text;
    expect(link).toContain(`token=`);
    const token = /token=([0-9a-f]{64})/.exec(link)?.[1] ?? "";
    expect(verificationTokenHash(token)).toBe(tokens[0]?.token);
  });

  it("rejects a malformed address naming the field, writing nothing", async () => {
    const before = await runtime.db.$count(auditEvents);
    await expect(ask("10.0.0.2", "not-an-address")).rejects.toMatchObject({
      code: "invalid_input",
      fields: { email: expect.stringContaining("valid email") },
    });
    expect(await runtime.db.$count(auditEvents)).toBe(before);
  });

  it("limits requests per address, then reopens in the next window", async () => {
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await ask(`10.1.0.${i}`, "known@example.org"));
    // Two requests for this address were made in the tests above, in the same window.
    expect(results.map((r) => r.rateLimitedUntil === null)).toEqual([true, true, true, false, false, false]);
    expect(results[5]?.rateLimitedUntil?.toISOString()).toBe("2026-11-27T10:15:00.000Z");
    const later = await ask("10.1.0.9", "known@example.org", Date.parse("2026-11-27T10:15:01Z"));
    expect(later.rateLimitedUntil).toBeNull();
    const { events } = await listAuditEvents(runtime.db, { action: "auth.sign_in_rate_limited" });
    expect(events).toHaveLength(3);
  });

  it("limits requests per client address across many addresses", async () => {
    const results = [];
    for (let i = 0; i < 31; i++) results.push(await ask("10.9.9.9", `x${i}@example.org`));
    expect(results.filter((r) => r.rateLimitedUntil).length).toBe(1);
    expect(results[30]?.rateLimitedUntil).not.toBeNull();
  });
});
