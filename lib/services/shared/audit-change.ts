import "server-only";
import type { Queryable } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import type { AuditAction } from "@/lib/domain/audit/audit-actions";
import type { Instant } from "@/lib/time";

/**
 * The audit event of a management change: the subject type is the action's prefix
 * ("facility.update" -> "facility"), so every page's events read the same way on the audit trail.
 */
export function auditChange(
  tx: Queryable,
  actor: Actor,
  action: AuditAction,
  subjectId: string,
  change: { before: unknown; after: unknown } & Record<string, unknown>,
  now: Instant,
) {
  const subjectType = action.slice(0, action.indexOf("."));
  return recordAudit(tx, actor, { action, subjectType, subjectId, summary: change }, now);
}
