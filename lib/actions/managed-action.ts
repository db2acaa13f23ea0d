import "server-only";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { requireAccess } from "@/lib/auth/guard";
import type { PolicyAction } from "@/lib/auth/policy";
import { getRuntime } from "@/lib/runtime";
import type { Instant } from "@/lib/time";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

/**
 * The body of every server action that changes something: the permission is checked here on the server
 * whatever the page showed, then the work runs and its errors become form state.
 */
export async function managed(
  permission: PolicyAction,
  work: (context: { actor: Actor; db: Db; boss: PgBoss; now: Instant }) => Promise<FormState>,
): Promise<FormState> {
  return runAction(async (now) => {
    const actor = await requireAccess(permission);
    const { db, boss } = await getRuntime();
    return work({ actor, db, boss, now });
  });
}
