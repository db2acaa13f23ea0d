import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { type Actor, personIdOf } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { dateOf, type Instant } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";
import { revokeApiTokenSchema } from "./token-format";

/**
 * Revokes one of the acting person's own tokens; it stops working on the next request. Someone else's
 * token reads as not found. Revoking an already revoked token changes nothing and records nothing.
 */
export async function revokeApiToken(db: Db, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "api_tokens.manage_own");
  const { tokenId } = parseInput(revokeApiTokenSchema, raw);
  const personId = personIdOf(actor);
  return db.transaction(async (tx) => {
    const [token] = await tx
      .select({ id: apiTokens.id, name: apiTokens.name, revokedAt: apiTokens.revokedAt })
      .from(apiTokens)
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.personId, personId)))
      .for("update");
    if (!token) throw new AppError("not_found", "You have no such token.");
    if (token.revokedAt) return { changed: false };
    await tx
      .update(apiTokens)
      .set({ revokedAt: dateOf(now) })
      .where(eq(apiTokens.id, token.id));
    await recordAudit(
      tx,
      actor,
      {
        action: "api_token.revoked",
        subjectType: "api_token",
        subjectId: token.id,
        summary: { name: token.name },
      },
      now,
    );
    return { changed: true };
  });
}
