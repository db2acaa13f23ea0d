import { generateKeyPairSync } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { auditCheckpoints, auditEvents } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { systemActor } from "@/lib/auth/actor";
import { signCheckpoint } from "@/lib/domain/audit-checkpoint";
import { verifyTrail, verifyWholeTrail } from "@/lib/queries/audit-verify";
import { checkpointSigningKey } from "@/lib/secrets/derived-keys";
import { testDriver } from "@/lib/testing/database";
import { openTestRuntime } from "@/lib/testing/runtime";
import { makeCheckpoint } from "./make-checkpoint";

type TestRuntime = Awaited<ReturnType<typeof openTestRuntime>>;
const actor = { ...systemActor(), label: "coordinator@example.org", requestId: "req-1" };
const { publicKey } = checkpointSigningKey();

async function record(runtime: TestRuntime, n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = await runtime.db.transaction((tx) =>
      recordAudit(
        tx,
        actor,
        {
          action: "ceremony.update",
          subjectType: "ceremony",
          subjectId: `c-${i}`,
          summary: { before: { status: "proposed" }, after: { status: "scheduled", n: i } },
        },
        Date.now(),
      ),
    );
    if (row) ids.push(row.id);
  }
  return ids;
}

/** What someone who owns the tables can do: switch the append-only triggers off for one statement. */
async function tamper(runtime: TestRuntime, statement: ReturnType<typeof sql>) {
  await runtime.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}

describe(`audit trail on ${testDriver}`, () => {
  let runtime: TestRuntime;
  beforeEach(async () => {
    await runtime?.close();
    runtime = await openTestRuntime();
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("verifies intact, then names the exact event a table owner altered", async () => {
    const ids = await record(runtime, 25);
    expect(await verifyWholeTrail(runtime.db)).toMatchObject({
      ok: true,
      total: 25,
      checked: 25,
      headId: ids[24],
    });
    const target = ids[13] as number;
    await tamper(
      runtime,
      sql`update audit_events set summary = '{"after":{"status":"held"}}' where id = ${target}`,
    );
    const report = await verifyWholeTrail(runtime.db);
    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({ kind: "chain", broken: { kind: "altered", id: target } });
    expect(report.problem?.message).toBe(
      `event #${target} was altered: its content no longer matches its hash`,
    );
  });

  it("names a deleted middle event itself", async () => {
    const ids = await record(runtime, 10);
    await tamper(runtime, sql`delete from audit_events where id = ${ids[4]}`);
    const report = await verifyWholeTrail(runtime.db);
    expect(report.problem?.message).toBe(
      `events were deleted between #${ids[3]} and #${ids[5]} (#${ids[4]} is missing)`,
    );
  });

  it("a deleted tail fails against the last checkpoint", async () => {
    const ids = await record(runtime, 8);
    const made = await makeCheckpoint(runtime.db, null, Date.now());
    expect(made).toMatchObject({ created: true, checkpoint: { eventCount: 8, headId: ids[7] } });
    expect((await verifyTrail(runtime.db, publicKey)).ok).toBe(true);
    await tamper(runtime, sql`delete from audit_events where id = ${ids[7]}`);
    for (const full of [false, true]) {
      const report = await verifyTrail(runtime.db, publicKey, { full });
      expect(report.ok).toBe(false);
      expect(report.problem?.message).toContain(
        `event #${ids[7]}, the head of checkpoint #${made.checkpoint?.id}`,
      );
      expect(report.problem?.message).toContain("was deleted: the trail was cut short");
    }
  });

  it("a rewritten event with every later hash recomputed fails against the checkpoint", async () => {
    const ids = await record(runtime, 6);
    await makeCheckpoint(runtime.db, null, Date.now());
    // Rewrite event 3 and recompute the chain from there, as someone who knows the (public) formula can.
    const rows = await runtime.db.select().from(auditEvents).orderBy(auditEvents.id);
    const { auditHash } = await import("@/lib/domain/audit-chain");
    let prev = rows[1]?.hash as string;
    for (const row of rows.slice(2)) {
      const summary = row.id === ids[2] ? { after: { status: "forged" } } : row.summary;
      const hash = auditHash(prev, { ...row, summary });
      await tamper(
        runtime,
        sql`update audit_events set summary = ${JSON.stringify(summary)}::jsonb, prev_hash = ${prev}, hash = ${hash} where id = ${row.id}`,
      );
      prev = hash;
    }
    // The chain itself now holds together: only the signed checkpoint shows the rewrite.
    const report = await verifyTrail(runtime.db, publicKey);
    expect(report.ok).toBe(false);
    expect(report.problem?.message).toContain(`the trail was rewritten at or before event #${ids[5]}`);
  });

  it("refuses a checkpoint signed with another key, and never signs a broken trail", async () => {
    await record(runtime, 3);
    const other = generateKeyPairSync("ed25519");
    const [head] = await runtime.db.select().from(auditEvents).orderBy(sql`id desc`).limit(1);
    const forged = signCheckpoint(
      { eventCount: 3, headId: head?.id as number, headHash: head?.hash as string, signedAt: new Date() },
      other.privateKey,
      other.publicKey,
    );
    await runtime.db.insert(auditCheckpoints).values({ ...forged, requestedBy: "intruder" });
    const report = await verifyTrail(runtime.db, publicKey);
    expect(report.problem?.message).toContain("does not verify with this installation's key");
    await expect(makeCheckpoint(runtime.db, null, Date.now())).rejects.toMatchObject({ code: "conflict" });
  });

  it("verifies incrementally from the last checkpoint, re-hashing only newer events", async () => {
    await record(runtime, 30);
    await makeCheckpoint(runtime.db, { ...actor, id: null }, Date.now());
    await record(runtime, 4);
    const report = await verifyTrail(runtime.db, publicKey);
    // The on-demand checkpoint is audited after it was signed: 1 + 4 newer events.
    expect(report).toMatchObject({ ok: true, total: 35, checked: 5 });
    expect(await makeCheckpoint(runtime.db, null, Date.now())).toMatchObject({
      created: true,
      checkpoint: { eventCount: 35 },
    });
    expect(await makeCheckpoint(runtime.db, null, Date.now())).toMatchObject({
      created: false,
      reason: "no_new_events",
    });
  });

  it("refuses UPDATE, DELETE and TRUNCATE on audit events and checkpoints", async () => {
    await record(runtime, 2);
    await makeCheckpoint(runtime.db, null, Date.now());
    const [first] = await runtime.db.select({ id: auditEvents.id }).from(auditEvents).limit(1);
    const id = first?.id as number;
    await expect(
      runtime.db.update(auditEvents).set({ action: "x" }).where(eq(auditEvents.id, id)),
    ).rejects.toThrow();
    await expect(runtime.db.delete(auditEvents).where(eq(auditEvents.id, id))).rejects.toThrow();
    await expect(runtime.db.execute(sql`truncate audit_events`)).rejects.toThrow();
    await expect(runtime.db.delete(auditCheckpoints)).rejects.toMatchObject({
      cause: { message: expect.stringContaining("audit_checkpoints is append-only: DELETE refused") },
    });
    await expect(runtime.db.execute(sql`truncate audit_checkpoints`)).rejects.toThrow();
    const [still] = await runtime.db.select().from(auditEvents).where(eq(auditEvents.id, id));
    expect(still?.action).toBe("ceremony.update");
  });

  it("keeps nothing of a change whose transaction fails, audit event included", async () => {
    const before = await runtime.db.$count(auditEvents);
    await expect(
      runtime.db.transaction(async (tx) => {
        await recordAudit(
          tx,
          systemActor(),
          { action: "facility.create", subjectType: "facility" },
          Date.now(),
        );
        throw new Error("validation failed after the audit row");
      }),
    ).rejects.toThrow("validation failed");
    expect(await runtime.db.$count(auditEvents)).toBe(before);
  });
});
