import "server-only";
import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import type { Instant } from "@/lib/time";

/**
 * Records a refused attempt (a role without the permission, or someone else's record), in a transaction
 * of its own so that it survives the refusal. `action` is the policy action that was refused.
 */
export async function recordDenial(
  db: Db,
  actor: Actor,
  action: string,
  now: Instant,
  details: Record<string, unknown> = {},
) {
  await db.transaction((tx) =>
    recordAudit(
      tx,
      actor,
      {
        action: "auth.access_denied",
        subjectType: "policy",
        subjectId: action,
        summary: { roles: actor.roles, ...details },
      },
      now,
    ),
  );
}
