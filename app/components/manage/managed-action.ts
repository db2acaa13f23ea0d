import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { runAction } from "@/lib/actions/run-action";
import type { Actor } from "@/lib/auth/actor";
import { requireAccess } from "@/lib/auth/guard";
import type { PolicyAction } from "@/lib/auth/policy";
import { getRuntime } from "@/lib/runtime";
import type { ActionState } from "./action-state";

/**
 * The body of every management server action: the permission is checked here on the server whatever the
 * page showed, then the work runs and its errors become form state.
 */
export async function managed(
  permission: PolicyAction,
  work: (context: { actor: Actor; db: Db; boss: PgBoss }) => Promise<ActionState>,
): Promise<ActionState> {
  // runAction passes the work's state through unchanged, warnings and details included.
  return (await runAction(async () => {
    const actor = await requireAccess(permission);
    const { db, boss } = await getRuntime();
    return work({ actor, db, boss });
  })) as ActionState;
}
