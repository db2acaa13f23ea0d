import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, personIdOf } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { hashSecretToken, newSecretToken } from "@/lib/auth/secret-token";
import { AppError } from "@/lib/errors";
import { dateOf, type Instant } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";
import { API_TOKEN_PREFIX, createApiTokenSchema, MAX_ACTIVE_TOKENS } from "./token-format";

/**
 * Creates a personal API token for the acting person. The token itself is returned once, here, and
 * never stored: only its SHA-256 is kept.
 */
export async function createApiToken(db: Db, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "api_tokens.manage_own");
  const { name } = parseInput(createApiTokenSchema, raw);
  const personId = personIdOf(actor);
  const token = newSecretToken(API_TOKEN_PREFIX);
  const created = await db.transaction(async (tx) => {
    const [live] = await tx
      .select({ n: count() })
      .from(apiTokens)
      .where(and(eq(apiTokens.personId, personId), isNull(apiTokens.revokedAt)));
    if ((live?.n ?? 0) >= MAX_ACTIVE_TOKENS)
      throw new AppError(
        "conflict",
        `You already have ${MAX_ACTIVE_TOKENS} active tokens: revoke one you no longer use first.`,
      );
    const [row] = await tx
      .insert(apiTokens)
      .values({ personId, name, tokenHash: hashSecretToken(token), createdAt: dateOf(now) })
      .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt });
    if (!row) throw new Error("api token not stored");
    await recordAudit(
      tx,
      actor,
      { action: "api_token.created", subjectType: "api_token", subjectId: row.id, summary: { name } },
      now,
    );
    return row;
  });
  return { ...created, token };
}
