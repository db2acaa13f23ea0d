import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { createPerson } from "@/db/seed/factories";
import { recordAudit } from "@/lib/audit/record-audit";
import { systemActor } from "@/lib/auth/actor";
import { verifyWholeTrail } from "@/lib/queries/audit-verify";
import { testDriver } from "@/lib/testing/database";
import { openTestRuntime } from "@/lib/testing/runtime";
import { grantAppRole } from "./app-role";

// The app's own credentials must not be able to rewrite history: as the app role, the append-only
// triggers stay on and audit rows can only be added.
describe(`the two-role setup on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  const role = `cd_app_${randomBytes(4).toString("hex")}`;
  beforeAll(async () => {
    runtime = await openTestRuntime();
    await createPerson(runtime.db, { email: "owner-made@example.org", roles: ["coordinator"] });
    await grantAppRole(runtime.db, role);
  });
  afterAll(async () => {
    await runtime.close();
    if (process.env.DATABASE_URL) {
      const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop role if exists ${role}`).catch(() => {});
      await admin.end();
    }
  });

  /** Runs `work` as the app role: its own connection on the real server, SET ROLE on PGlite. */
  async function asAppRole(work: (db: typeof runtime.db) => Promise<void>) {
    if (runtime.database.driver === "postgres") {
      const url = new URL(runtime.database.url);
      url.username = role;
      const app = await openDatabase({ url: url.toString() });
      try {
        await work(app.db);
      } finally {
        await app.close();
      }
      return;
    }
    await runtime.db.execute(sql.raw(`set role ${role}`));
    try {
      await work(runtime.db);
    } finally {
      await runtime.db.execute(sql`reset role`);
    }
  }

  it("lets the app work and append audit events, but not disable triggers, delete or truncate", async () => {
    await asAppRole(async (db) => {
      await createPerson(db, { email: "app-made@example.org", roles: ["crypto_officer"] });
      await db.transaction((tx) =>
        recordAudit(tx, systemActor(), { action: "auth.signed_in", subjectType: "test" }, Date.now()),
      );
      await expect(db.execute(sql`alter table audit_events disable trigger all`)).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/must be owner/) },
      });
      await expect(db.execute(sql`delete from audit_events`)).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/permission denied/) },
      });
      await expect(db.execute(sql`truncate audit_checkpoints`)).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/permission denied/) },
      });
      await expect(db.execute(sql`set session_replication_role = replica`)).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/permission denied/) },
      });
    });
    expect(await runtime.db.$count(auditEvents)).toBeGreaterThan(0);
    expect((await verifyWholeTrail(runtime.db)).ok).toBe(true);
  });
});
