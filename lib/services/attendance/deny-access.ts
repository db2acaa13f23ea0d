import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/services/audit/record-audit";

/** Records a refused attempt on someone else's record, in its own transaction so it survives the refusal. */
export async function denyAccess(db: Db, actor: Actor, action: string, subjectId: string) {
  await db.transaction((tx) =>
    recordAudit(tx, actor, {
      action: "auth.access_denied",
      subjectType: "policy",
      subjectId: action,
      summary: { record: subjectId },
    }),
  );
}
