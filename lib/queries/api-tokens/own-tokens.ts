import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { apiTokens } from "@/db/schema";

/** One person's API tokens (never their hashes): live ones first, newest first within each. */
export async function ownApiTokens(db: Queryable, personId: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.personId, personId))
    .orderBy(asc(sql`${apiTokens.revokedAt} is not null`), desc(apiTokens.createdAt))
    .limit(200);
}
