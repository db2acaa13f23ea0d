import "server-only";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";

export interface RenewablePool {
  /** Stands for whichever pool is current: hand it to drizzle once. */
  client: Sql;
  /**
   * Opens a fresh pool and, once it answers, serves every later query from it; the old pool finishes
   * what it holds and closes. Throws, keeping the old pool, while the database cannot be reached.
   */
  renew(): Promise<void>;
  end(): Promise<void>;
}

/**
 * The PostgreSQL connection pool, replaceable as a whole. After the server restarts, connections of
 * the postgres driver (3.4) that lived through the outage fail their next query with the error the
 * old server sent as it went down, and wait up to 20 s between reconnect attempts after the refusals
 * they met. A pool that is renewed once the database answers again starts clean instead: no stale
 * error and no back-off on the first requests after an outage.
 */
export function renewablePool(url: string, max: number): RenewablePool {
  const open = () => {
    const pool = postgres(url, { max, onnotice: () => {} });
    // Drizzle sets its date and JSON parsers on the client it wraps; every pool must carry them.
    drizzle(pool);
    return pool;
  };
  let current = open();
  const client = new Proxy(current, {
    get: (_target, property) => Reflect.get(current, property),
    apply: (_target, thisArg, args) => Reflect.apply(current, thisArg, args),
  });
  return {
    client,
    async renew() {
      const fresh = open();
      try {
        await fresh`select 1`;
      } catch (error) {
        await fresh.end({ timeout: 0 });
        throw error;
      }
      const old = current;
      current = fresh;
      // Not awaited: the requests waiting on this check go on at once, on the fresh pool.
      void old.end({ timeout: 5 }).catch(() => {});
    },
    end: () => current.end({ timeout: 5 }),
  };
}
