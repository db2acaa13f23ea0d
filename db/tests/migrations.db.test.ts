import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDriver } from "@/lib/testing/database";
import type { Database } from "../client";
import { queryRows } from "../rows";

describe(`migrations on ${testDriver}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it("creates every table from zero", async () => {
    const rows = await queryRows<{ table_name: string }>(
      database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = rows.map((r) => r.table_name);
    expect(names).toEqual(
      expect.arrayContaining([
        "accounts",
        "audit_events",
        "ceremonies",
        "credential_seats",
        "credential_sets",
        "email_messages",
        "facilities",
        "people",
        "rate_limits",
        "sessions",
        "verification_tokens",
      ]),
    );
  });

  it("refuses a credential set whose threshold exceeds its size", async () => {
    const [facility] = await queryRows<{ id: string }>(
      database.db,
      sql`insert into facilities (code, name, city, country, time_zone) values ('F', 'F', 'C', 'US', 'UTC') returning id`,
    );
    await expect(
      database.db.execute(
        sql`insert into credential_sets (facility_id, code, name, kind, threshold, size) values (${facility?.id}, 'X', 'X', 'other', 4, 3)`,
      ),
    ).rejects.toThrow();
  });
});
