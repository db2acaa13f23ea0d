import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import { ceremonyAdapter } from "@/lib/auth/adapter";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/auth/session-limits";
import { edgeState } from "@/lib/edge/edge-state";
import { listAuditEvents } from "@/lib/queries/audit";
import { testDriver } from "@/lib/testing/database";
import { openTestRuntime } from "@/lib/testing/runtime";
import { MS_PER_HOUR, MS_PER_MINUTE } from "@/lib/time";
import { readSession } from "./read-session";

describe(`session rules on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  const meta = (ip: string) => ({ requestId: null, ip });
  beforeAll(async () => {
    runtime = await openTestRuntime();
  });
  afterAll(async () => {
    await runtime.close();
  });

  const future = (ms = MS_PER_HOUR) => new Date(Date.now() + ms);

  it("returns a fresh session with the person, their roles and zone, for pages and for Auth.js", async () => {
    const person = await createPerson(runtime.db, { roles: ["auditor"], timeZone: "Asia/Tokyo" });
    await runtime.db.insert(sessions).values({ sessionToken: "fresh", userId: person.id, expires: future() });
    const session = await readSession(runtime.db, "fresh", meta("10.0.0.1"), Date.now());
    expect(session?.user).toMatchObject({ id: person.id, roles: ["auditor"], timeZone: "Asia/Tokyo" });
    const found = await ceremonyAdapter(runtime.db).getSessionAndUser?.("fresh");
    expect(found?.user).toMatchObject({ roles: ["auditor"] });
  });

  it("slides the idle limit forward on use", async () => {
    const person = await createPerson(runtime.db);
    await runtime.db
      .insert(sessions)
      .values({ sessionToken: "idle", userId: person.id, expires: future(MS_PER_MINUTE) });
    const session = await readSession(runtime.db, "idle", meta("10.0.0.1"), Date.now());
    expect(session?.expires.getTime()).toBeGreaterThan(Date.now() + (SESSION_IDLE_SECONDS - 60) * 1000);
    const [row] = await runtime.db.select().from(sessions).where(eq(sessions.sessionToken, "idle"));
    expect(row?.expires.getTime()).toBe(session?.expires.getTime());
  });

  it("ends a session past its absolute lifetime even while it is still active", async () => {
    const person = await createPerson(runtime.db);
    const createdAt = new Date(Date.now() - (SESSION_ABSOLUTE_SECONDS + 60) * 1000);
    await runtime.db
      .insert(sessions)
      .values({ sessionToken: "old", userId: person.id, expires: future(), createdAt });
    expect(await readSession(runtime.db, "old", meta("10.0.0.1"), Date.now())).toBeNull();
    expect(await runtime.db.select().from(sessions).where(eq(sessions.sessionToken, "old"))).toHaveLength(0);
    const { events } = await listAuditEvents(runtime.db, { action: "auth.session_ended" });
    expect(events[0]?.summary).toMatchObject({ reason: "absolute_timeout" });
  });

  it("ends the session of a deactivated person, also for Auth.js's routes", async () => {
    const person = await createPerson(runtime.db, { active: false });
    await runtime.db
      .insert(sessions)
      .values({ sessionToken: "inactive", userId: person.id, expires: future() });
    expect(await ceremonyAdapter(runtime.db).getSessionAndUser?.("inactive")).toBeNull();
    expect(
      await runtime.db.select().from(sessions).where(eq(sessions.sessionToken, "inactive")),
    ).toHaveLength(0);
  });

  it("audits unknown tokens once per client address and window, and counts every one", async () => {
    const before = edgeState().refused.session_rejected;
    for (let i = 0; i < 40; i++)
      expect(await readSession(runtime.db, `forged-${i}`, meta("10.6.6.6"), Date.now())).toBeNull();
    expect(await readSession(runtime.db, "forged-x", meta("10.7.7.7"), Date.now())).toBeNull();
    const { events } = await listAuditEvents(runtime.db, { action: "auth.session_rejected" });
    expect(events.map((e) => e.summary.ip)).toEqual(["10.7.7.7", "10.6.6.6"]);
    expect(edgeState().refused.session_rejected - before).toBe(41);
  });

  it("never creates accounts", async () => {
    await expect(
      ceremonyAdapter(runtime.db).createUser?.({ id: "x", email: "new@example.org", emailVerified: null }),
    ).rejects.toThrow("Sign-up is closed");
  });
});
