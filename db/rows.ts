import "server-only";
import type { SQL } from "drizzle-orm";
import type { Queryable } from "./client";

/** Runs raw SQL and returns its rows whichever driver answers (postgres.js gives an array, PGlite `{ rows }`). */
export async function queryRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
