import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { queryRows } from "@/db/rows";

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The two-role setup on PostgreSQL: migrations run as the tables' owner, the app as `role`, which may
 * read and write what the app needs but can only append to the audit trail and its checkpoints. Only
 * an owner can disable the append-only triggers, so the app's own credentials cannot rewrite history.
 * Run as the owner (the role that ran the migrations), before the app first starts as `role`.
 */
export async function grantAppRole(db: Db, role: string): Promise<void> {
  if (!ROLE_NAME.test(role)) throw new Error(`"${role}" is not a plain role name (lower case, digits, _)`);
  const r = sql.identifier(role);
  await db.transaction(async (tx) => {
    await tx.execute(sql`do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${sql.raw(role)}') then
        create role ${r} login;
      end if;
    end $$`);
    const [{ name } = { name: "" }] = await queryRows<{ name: string }>(
      tx,
      sql`select current_database() as name`,
    );
    // The migrator checks the migrations table on start, and pg-boss keeps a schema of its own.
    await tx.execute(sql`grant connect, create on database ${sql.identifier(name)} to ${r}`);
    await tx.execute(sql`grant usage on schema public to ${r}`);
    await tx.execute(sql`grant select, insert, update, delete on all tables in schema public to ${r}`);
    await tx.execute(sql`grant usage, select on all sequences in schema public to ${r}`);
    await tx.execute(sql`revoke update, delete, truncate on audit_events, audit_checkpoints from ${r}`);
    await tx.execute(sql`grant usage, create on schema drizzle to ${r}`);
    await tx.execute(sql`grant select on all tables in schema drizzle to ${r}`);
  });
}
