import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens, people } from "@/db/schema";
import { recordDenial } from "@/lib/audit/record-denial";
import type { Actor } from "@/lib/auth/actor";
import { can, type PolicyAction } from "@/lib/auth/policy";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { AppError } from "@/lib/errors";
import { dateOf, type Instant, MS_PER_MINUTE } from "@/lib/time";
import { isWellFormedApiToken } from "./token-format";

// lastUsedAt is a hint for the owner, not an audit record: one write a minute per token is plenty.
const LAST_USED_RESOLUTION_MS = MS_PER_MINUTE;

export interface RequestMeta {
  requestId: string | null;
  ip: string | null;
}

/**
 * The person a bearer token acts for, checked afresh on every request: the token must exist and not be
 * revoked, its owner must still be active (all three read as one "unknown token", 401), and the owner's
 * roles today must allow `action` (else an audited 403), so demoting someone ends their tokens' access.
 */
export async function authenticateApiToken(
  db: Db,
  token: string,
  action: PolicyAction,
  meta: RequestMeta,
  now: Instant,
): Promise<Actor> {
  const unknown = new AppError("unauthenticated", "Unknown or revoked API token.");
  if (!isWellFormedApiToken(token)) throw unknown;
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      personId: people.id,
      email: people.email,
      roles: people.roles,
      active: people.active,
    })
    .from(apiTokens)
    .innerJoin(people, eq(people.id, apiTokens.personId))
    .where(eq(apiTokens.tokenHash, hashSecretToken(token)));
  if (!row || row.revokedAt || !row.active) throw unknown;
  const actor: Actor = { id: row.personId, label: row.email, roles: row.roles, ...meta };
  if (!can(row.roles, action)) {
    await recordDenial(db, actor, action, now, { apiTokenId: row.tokenId });
    throw new AppError("forbidden", "The token's owner may not see this.");
  }
  const staleBefore = dateOf(now - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < staleBefore) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: dateOf(now) })
      .where(
        and(
          eq(apiTokens.id, row.tokenId),
          or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, staleBefore)),
        ),
      );
  }
  return actor;
}
