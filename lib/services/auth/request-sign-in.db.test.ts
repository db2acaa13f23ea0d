import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson } from "@/db/seed/factories";
import { testDriver } from "@/db/testing";
import { systemActor } from "@/lib/auth/actor";
import { listAuditEvents } from "@/lib/queries/audit";
import { openTestRuntime } from "@/lib/testing/runtime";
import { requestSignIn } from "./request-sign-in";

describe(`sign-in requests on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  const from = (ip: string) => ({ ...systemActor("anonymous"), ip });
  const now = new Date("2026-11-27T10:00:00Z");
  beforeAll(async () => {
    runtime = await openTestRuntime();
    await createPerson(runtime.db, { email: "known@example.org", roles: ["crypto_officer"] });
    await createPerson(runtime.db, { email: "gone@example.org", roles: ["crypto_officer"], active: false });
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("sends only to active registered people, and says nothing different to the others", async () => {
    expect(await requestSignIn(runtime.db, from("10.0.0.1"), " Known@Example.org ", now)).toEqual({
      email: "known@example.org",
      send: true,
      rateLimitedUntil: null,
    });
    const unknown = await requestSignIn(runtime.db, from("10.0.0.1"), "nobody@example.org", now);
    const inactive = await requestSignIn(runtime.db, from("10.0.0.1"), "gone@example.org", now);
    expect([unknown.send, inactive.send]).toEqual([false, false]);
    expect([unknown.rateLimitedUntil, inactive.rateLimitedUntil]).toEqual([null, null]);
    const { events } = await listAuditEvents(runtime.db, { action: "auth.sign_in_requested" });
    expect(events.map((e) => [e.summary.email, e.summary.known, e.summary.linkSent])).toEqual([
      ["gone@example.org", true, false],
      ["nobody@example.org", false, false],
      ["known@example.org", true, true],
    ]);
  });

  it("rejects a malformed address naming the field, writing nothing", async () => {
    const before = await runtime.db.$count((await import("@/db/schema")).auditEvents);
    await expect(requestSignIn(runtime.db, from("10.0.0.2"), "not-an-address", now)).rejects.toMatchObject({
      code: "invalid_input",
      fields: { email: expect.stringContaining("valid email") },
    });
    expect(await runtime.db.$count((await import("@/db/schema")).auditEvents)).toBe(before);
  });

  it("limits requests per address, then reopens in the next window", async () => {
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push(await requestSignIn(runtime.db, from(`10.1.0.${i}`), "known@example.org", now));
    // One request for this address was made in the first test, in the same window.
    expect(results.map((r) => r.send)).toEqual([true, true, true, true, false, false]);
    expect(results[5]?.rateLimitedUntil?.toISOString()).toBe("2026-11-27T10:15:00.000Z");
    const later = await requestSignIn(
      runtime.db,
      from("10.1.0.9"),
      "known@example.org",
      new Date("2026-11-27T10:15:01Z"),
    );
    expect(later.send).toBe(true);
    const { events } = await listAuditEvents(runtime.db, { action: "auth.sign_in_rate_limited" });
    expect(events).toHaveLength(2);
  });

  it("limits requests per client address across many addresses", async () => {
    const results = [];
    for (let i = 0; i < 31; i++)
      results.push(await requestSignIn(runtime.db, from("10.9.9.9"), `x${i}@example.org`, now));
    expect(results.filter((r) => r.rateLimitedUntil).length).toBe(1);
    expect(results[30]?.rateLimitedUntil).not.toBeNull();
  });
});
