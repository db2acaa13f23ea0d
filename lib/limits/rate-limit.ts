import "server-only";
import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { queryRows } from "@/db/rows";
import { dateOf, type Instant } from "@/lib/time";

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one hit on `key` in a fixed window kept in the database, so every app instance shares it.
 * Returns whether the hit is within the limit and, if not, when the window reopens.
 */
export async function hitRateLimit(db: Queryable, key: string, rule: RateLimitRule, now: Instant) {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = dateOf(Math.floor(now / windowMs) * windowMs);
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`insert into rate_limits (key, window_start, count) values (${key}, ${windowStart.toISOString()}, 1)
        on conflict (key) do update set
          count = case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end,
          window_start = excluded.window_start
        returning count`,
  );
  const count = Number(row?.count ?? 1);
  return { allowed: count <= rule.limit, retryAt: new Date(windowStart.getTime() + windowMs) };
}
