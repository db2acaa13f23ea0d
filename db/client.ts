import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { renewablePool } from "./renewable-pool";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either the database or an open transaction: services accept both so callers can compose them. */
export type Queryable = Db | Tx;

interface DatabaseBase {
  db: Db;
  close(): Promise<void>;
  /**
   * One parameterised statement on the driver itself, for the HTTP edge (scripts/serve.ts), which loads
   * its own copy of the modules and so must not hand drizzle objects across.
   */
  query(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /**
   * Whether the database answers, on fresh connections: the edge asks this while it reports the
   * database unreachable, and every query after a successful answer runs on those connections.
   */
  renew(): Promise<void>;
}

export type Database =
  | (DatabaseBase & { driver: "pglite"; pglite: PGlite })
  | (DatabaseBase & { driver: "postgres"; url: string });

export interface OpenOptions {
  /** postgres:// URL; without one the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder; "memory://" keeps everything in memory. */
  dataDir?: string;
  /** Called with each SQL statement (query counting in tests and benchmarks). */
  onQuery?: (sql: string) => void;
}

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const logger = options.onQuery ? { logQuery: (q: string) => options.onQuery?.(q) } : undefined;
  if (options.url) {
    const pool = renewablePool(options.url, Number(process.env.DATABASE_POOL_MAX ?? 10));
    const { client } = pool;
    const db = drizzlePostgres(client, { schema, logger }) as unknown as Db;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    return {
      driver: "postgres",
      db,
      url: options.url,
      close: () => pool.end(),
      query: async (text, params = []) => [...(await client.unsafe(text, params as never[]))],
      renew: () => pool.renew(),
    };
  }
  const dataDir = options.dataDir ?? defaultDataDir();
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  const db = drizzlePglite(pglite, { schema, logger }) as unknown as Db;
  await migratePglite(drizzlePglite(pglite), { migrationsFolder });
  return {
    driver: "pglite",
    db,
    pglite,
    close: () => pglite.close(),
    query: async (text, params = []) => (await pglite.query<Record<string, unknown>>(text, params)).rows,
    renew: async () => {
      await pglite.query("select 1");
    },
  };
}

export function defaultDataDir(): string {
  return process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite");
}

type Holder = { ceremonyDeskDb?: Promise<Database> };

/**
 * The process-wide database, opened on first use (never at import or during the build): PGlite's
 * folder belongs to one process, so every caller in this process shares one instance.
 */
export function getDatabase(): Promise<Database> {
  const holder = globalThis as Holder;
  holder.ceremonyDeskDb ??= openDatabase({ url: process.env.DATABASE_URL || undefined }).catch((error) => {
    holder.ceremonyDeskDb = undefined;
    throw error;
  });
  return holder.ceremonyDeskDb;
}
