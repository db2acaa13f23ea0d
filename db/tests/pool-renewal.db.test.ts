import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MS_PER_MINUTE } from "@/lib/time";
import { ownCluster } from "../../security/cluster";
import { type Database, openDatabase } from "../client";
import { queryRows } from "../rows";

// A PostgreSQL server of the test's own, whatever driver the other database tests use: it is stopped
// and started again, which the machine's shared server must never be.
const PORT = 55436;

describe("the PostgreSQL pool across a server restart", () => {
  let cluster: ReturnType<typeof ownCluster>;
  let database: Database;
  beforeAll(async () => {
    cluster = ownCluster(PORT);
    database = await openDatabase({ url: cluster.url });
  }, MS_PER_MINUTE);
  afterAll(async () => {
    await database.close();
    cluster.remove();
  });

  const burst = async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => database.query("select pg_sleep(0.05)")),
    );
    return results.flatMap((result) =>
      result.status === "rejected" ? [String((result.reason as { code?: string }).code)] : [],
    );
  };
  const now = async () => (await queryRows<{ t: unknown }>(database.db, sql`select now() as t`))[0]?.t;

  it(
    "refuses while the server is down, then answers every query of a burst once renewed",
    async () => {
      expect(await burst()).toEqual([]);
      const before = await now();

      cluster.stop();
      expect((await burst()).length).toBe(10);
      await expect(database.renew()).rejects.toMatchObject({ code: "ECONNREFUSED" });
      expect((await burst()).length).toBe(10);

      cluster.start();
      await database.renew();
      expect(await burst()).toEqual([]);
      // The renewed pool reads values as the first one did, and transactions run on it.
      expect(typeof (await now())).toBe(typeof before);
      const inTransaction = await database.db.transaction(
        async (tx) => (await queryRows<{ answer: number }>(tx, sql`select 41 + 1 as answer`))[0]?.answer,
      );
      expect(inTransaction).toBe(42);
    },
    MS_PER_MINUTE,
  );
});
