import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokens, people } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import type { Actor } from "@/lib/auth/actor";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { AppError } from "@/lib/errors";
import { ownApiTokens } from "@/lib/queries/api-tokens/own-tokens";
import { listAuditEvents } from "@/lib/queries/audit";
import { testDriver } from "@/lib/testing/database";
import { openTestRuntime } from "@/lib/testing/runtime";
import { dateOf } from "@/lib/time";
import { authenticateApiToken } from "./authenticate-api-token";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";
import { MAX_ACTIVE_TOKENS } from "./token-format";

const meta = { requestId: "req-1", ip: "192.0.2.7" };
const actorOf = (person: { id: string; email: string; roles: Actor["roles"] }): Actor => ({
  id: person.id,
  label: person.email,
  roles: person.roles,
  ...meta,
});
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

describe(`personal API tokens on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let coordinator: Actor;
  let auditor: Actor;
  beforeAll(async () => {
    runtime = await openTestRuntime();
    coordinator = actorOf(
      await createPerson(runtime.db, { email: "tok-coord@example.org", roles: ["coordinator"] }),
    );
    auditor = actorOf(await createPerson(runtime.db, { email: "tok-aud@example.org", roles: ["auditor"] }));
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("creates a prefixed token, stores only its SHA-256 and audits the creation", async () => {
    const created = await createApiToken(runtime.db, coordinator, { name: "  Prometheus  " }, Date.now());
    expect(created.token).toMatch(/^cdk_[A-Za-z0-9_-]{43}$/);
    expect(created.name).toBe("Prometheus");
    const [row] = await runtime.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row?.tokenHash).toBe(hashSecretToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(4));
    const events = await listAuditEvents(runtime.db, { action: "api_token.created" });
    expect(events.events.some((e) => e.subjectId === created.id)).toBe(true);
  });

  it("refuses an empty or overlong name, naming the field", async () => {
    for (const name of ["", "   ", "x".repeat(61)]) {
      const error = await createApiToken(runtime.db, coordinator, { name }, Date.now()).catch(
        (e: AppError) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("invalid_input");
      expect((error as AppError).fields.name).toBeTruthy();
    }
    expect(
      (await createApiToken(runtime.db, coordinator, { name: "x".repeat(60) }, Date.now())).name,
    ).toHaveLength(60);
  });

  it("acts as its owner and notes when it was last used, at most once a minute", async () => {
    const { id, token } = await createApiToken(runtime.db, auditor, { name: "dashboard" }, Date.now());
    const t0 = Date.parse("2030-01-01T00:00:00Z");
    const actor = await authenticateApiToken(runtime.db, token, "coverage.view", meta, t0);
    expect(actor).toMatchObject({ id: auditor.id, label: auditor.label, roles: ["auditor"], ip: meta.ip });
    const lastUsed = async () =>
      (await runtime.db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0]?.lastUsedAt?.toISOString();
    expect(await lastUsed()).toBe(dateOf(t0).toISOString());
    await authenticateApiToken(runtime.db, token, "metrics.view", meta, t0 + 30_000);
    expect(await lastUsed()).toBe(dateOf(t0).toISOString());
    const later = t0 + 61_000;
    await authenticateApiToken(runtime.db, token, "metrics.view", meta, later);
    expect(await lastUsed()).toBe(dateOf(later).toISOString());
  });

  it("refuses malformed, unknown and revoked tokens alike", async () => {
    const { id, token } = await createApiToken(runtime.db, coordinator, { name: "to revoke" }, Date.now());
    const check = (t: string) => code(authenticateApiToken(runtime.db, t, "coverage.view", meta, Date.now()));
    expect(await check(token)).toBe("ok");
    expect(await check("")).toBe("unauthenticated");
    expect(await check("not-a-token")).toBe("unauthenticated");
    expect(await check(`cdk_${"A".repeat(43)}`)).toBe("unauthenticated");
    expect(await check(token.toUpperCase())).toBe("unauthenticated");
    expect(await revokeApiToken(runtime.db, coordinator, { tokenId: id }, Date.now())).toEqual({
      changed: true,
    });
    expect(await check(token)).toBe("unauthenticated");
    const events = await listAuditEvents(runtime.db, { action: "api_token.revoked" });
    expect(events.events.filter((e) => e.subjectId === id)).toHaveLength(1);
  });

  it("revoking twice is harmless and records the revocation once", async () => {
    const { id } = await createApiToken(runtime.db, coordinator, { name: "twice" }, Date.now());
    expect(await revokeApiToken(runtime.db, coordinator, { tokenId: id }, Date.now())).toEqual({
      changed: true,
    });
    expect(await revokeApiToken(runtime.db, coordinator, { tokenId: id }, Date.now())).toEqual({
      changed: false,
    });
    const events = await listAuditEvents(runtime.db, { action: "api_token.revoked" });
    expect(events.events.filter((e) => e.subjectId === id)).toHaveLength(1);
  });

  it("treats another person's token as not found and leaves it working", async () => {
    const { id, token } = await createApiToken(runtime.db, auditor, { name: "mine" }, Date.now());
    expect(await code(revokeApiToken(runtime.db, coordinator, { tokenId: id }, Date.now()))).toBe(
      "not_found",
    );
    expect(await code(revokeApiToken(runtime.db, coordinator, { tokenId: "nope" }, Date.now()))).toBe(
      "invalid_input",
    );
    expect(await code(authenticateApiToken(runtime.db, token, "coverage.view", meta, Date.now()))).toBe("ok");
    expect((await ownApiTokens(runtime.db, coordinator.id as string)).some((t) => t.id === id)).toBe(false);
  });

  it("stops working when the owner is deactivated, and again when reactivated", async () => {
    const person = await createPerson(runtime.db, {
      email: "tok-leaver@example.org",
      roles: ["coordinator"],
    });
    const { token } = await createApiToken(runtime.db, actorOf(person), { name: "leaver" }, Date.now());
    await runtime.db.update(people).set({ active: false }).where(eq(people.id, person.id));
    expect(await code(authenticateApiToken(runtime.db, token, "coverage.view", meta, Date.now()))).toBe(
      "unauthenticated",
    );
    await runtime.db.update(people).set({ active: true }).where(eq(people.id, person.id));
    expect(await code(authenticateApiToken(runtime.db, token, "coverage.view", meta, Date.now()))).toBe("ok");
  });

  it("follows the owner's roles today: a demoted owner's token is refused and the refusal audited", async () => {
    const person = await createPerson(runtime.db, {
      email: "tok-demoted@example.org",
      roles: ["coordinator"],
    });
    const { id, token } = await createApiToken(runtime.db, actorOf(person), { name: "demoted" }, Date.now());
    await runtime.db
      .update(people)
      .set({ roles: ["crypto_officer"] })
      .where(eq(people.id, person.id));
    expect(await code(authenticateApiToken(runtime.db, token, "metrics.view", meta, Date.now()))).toBe(
      "forbidden",
    );
    const denials = await listAuditEvents(runtime.db, { action: "auth.access_denied" });
    expect(
      denials.events.some(
        (e) => e.actorLabel === person.email && (e.summary as { apiTokenId?: string }).apiTokenId === id,
      ),
    ).toBe(true);
  });

  it(`allows at most ${MAX_ACTIVE_TOKENS} live tokens per person`, async () => {
    const person = actorOf(
      await createPerson(runtime.db, { email: "tok-many@example.org", roles: ["auditor"] }),
    );
    const made = [];
    for (let i = 0; i < MAX_ACTIVE_TOKENS; i++)
      made.push(await createApiToken(runtime.db, person, { name: `t${i}` }, Date.now()));
    expect(await code(createApiToken(runtime.db, person, { name: "one more" }, Date.now()))).toBe("conflict");
    await revokeApiToken(runtime.db, person, { tokenId: made[0]?.id }, Date.now());
    expect(await code(createApiToken(runtime.db, person, { name: "one more" }, Date.now()))).toBe("ok");
    const listed = await ownApiTokens(runtime.db, person.id as string);
    expect(listed).toHaveLength(MAX_ACTIVE_TOKENS + 1);
    expect(listed.at(-1)?.revokedAt).not.toBeNull();
    expect(Object.keys(listed[0] ?? {})).not.toContain("tokenHash");
  });
});
