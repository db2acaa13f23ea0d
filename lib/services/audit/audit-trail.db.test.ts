import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { testDriver } from "@/db/testing";
import { systemActor } from "@/lib/auth/actor";
import { verifyAuditChain } from "@/lib/queries/audit";
import { openTestRuntime } from "@/lib/testing/runtime";
import { recordAudit } from "./record-audit";

describe(`audit trail on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  beforeAll(async () => {
    runtime = await openTestRuntime();
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("verifies after a batch of changes, then names the exact event a superuser altered", async () => {
    const actor = { ...systemActor(), label: "coordinator@example.org", requestId: "req-1" };
    const ids: number[] = [];
    for (let i = 0; i < 25; i++) {
      await runtime.db.transaction(async (tx) => {
        const row = await recordAudit(tx, actor, {
          action: "ceremony.update",
          subjectType: "ceremony",
          subjectId: `c-${i}`,
          summary: { before: { status: "proposed" }, after: { status: "scheduled", n: i } },
        });
        if (row) ids.push(row.id);
      });
    }
    expect(await verifyAuditChain(runtime.db, 10)).toEqual({ ok: true, checked: 25 });

    const target = ids[13] as number;
    await runtime.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(
        sql`update audit_events set summary = '{"after":{"status":"held"}}' where id = ${target}`,
      );
    });
    const report = await verifyAuditChain(runtime.db, 10);
    expect(report).toEqual({
      ok: false,
      checked: 13,
      broken: { id: target, reason: "content_hash_mismatch" },
    });
  });

  it("refuses UPDATE, DELETE and TRUNCATE on audit events", async () => {
    const [first] = await runtime.db.select({ id: auditEvents.id }).from(auditEvents).limit(1);
    const id = first?.id as number;
    await expect(
      runtime.db.update(auditEvents).set({ action: "x" }).where(eq(auditEvents.id, id)),
    ).rejects.toThrow();
    await expect(runtime.db.delete(auditEvents).where(eq(auditEvents.id, id))).rejects.toThrow();
    await expect(runtime.db.execute(sql`truncate audit_events`)).rejects.toThrow();
    const [still] = await runtime.db.select().from(auditEvents).where(eq(auditEvents.id, id));
    expect(still?.action).toBe("ceremony.update");
  });

  it("keeps nothing of a change whose transaction fails, audit event included", async () => {
    const before = await runtime.db.$count(auditEvents);
    await expect(
      runtime.db.transaction(async (tx) => {
        await recordAudit(tx, systemActor(), { action: "facility.create", subjectType: "facility" });
        throw new Error("validation failed after the audit row");
      }),
    ).rejects.toThrow("validation failed");
    expect(await runtime.db.$count(auditEvents)).toBe(before);
  });
});
