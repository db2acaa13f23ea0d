import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import { testDriver } from "@/db/testing";
import { listAuditEvents } from "@/lib/queries/audit";
import { openTestRuntime } from "@/lib/testing/runtime";
import { ceremonyAdapter } from "./adapter";
import { SESSION_ABSOLUTE_SECONDS } from "./session-limits";

describe(`session rules on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  beforeAll(async () => {
    runtime = await openTestRuntime();
  });
  afterAll(async () => {
    await runtime.close();
  });

  const future = () => new Date(Date.now() + 3600_000);

  it("returns a fresh session with the person and their roles", async () => {
    const person = await createPerson(runtime.db, { roles: ["auditor"] });
    await runtime.db.insert(sessions).values({ sessionToken: "fresh", userId: person.id, expires: future() });
    const found = await ceremonyAdapter(runtime.db).getSessionAndUser?.("fresh");
    expect(found?.user).toMatchObject({ roles: ["auditor"] });
  });

  it("ends a session past its absolute lifetime even while it is still active", async () => {
    const person = await createPerson(runtime.db);
    const createdAt = new Date(Date.now() - (SESSION_ABSOLUTE_SECONDS + 60) * 1000);
    await runtime.db
      .insert(sessions)
      .values({ sessionToken: "old", userId: person.id, expires: future(), createdAt });
    expect(await ceremonyAdapter(runtime.db).getSessionAndUser?.("old")).toBeNull();
    expect(await runtime.db.select().from(sessions).where(eq(sessions.sessionToken, "old"))).toHaveLength(0);
    const { events } = await listAuditEvents(runtime.db, { action: "auth.session_ended" });
    expect(events[0]?.summary).toMatchObject({ reason: "absolute_timeout" });
  });

  it("ends the session of a deactivated person", async () => {
    const person = await createPerson(runtime.db, { active: false });
    await runtime.db
      .insert(sessions)
      .values({ sessionToken: "inactive", userId: person.id, expires: future() });
    expect(await ceremonyAdapter(runtime.db).getSessionAndUser?.("inactive")).toBeNull();
  });

  it("audits an unknown session token and never creates accounts", async () => {
    expect(await ceremonyAdapter(runtime.db).getSessionAndUser?.("forged")).toBeNull();
    const { events } = await listAuditEvents(runtime.db, { action: "auth.session_rejected" });
    expect(events).toHaveLength(1);
    await expect(
      ceremonyAdapter(runtime.db).createUser?.({ id: "x", email: "new@example.org", emailVerified: null }),
    ).rejects.toThrow("Sign-up is closed");
  });
});
