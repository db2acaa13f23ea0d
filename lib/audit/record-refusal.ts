import "server-only";
import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { systemActor } from "@/lib/auth/actor";
import type { AuditAction } from "@/lib/domain/audit/audit-actions";
import { countRefusal, type RefusalReason } from "@/lib/edge/edge-state";
import { hitRateLimit } from "@/lib/limits/rate-limit";
import type { Instant } from "@/lib/time";

// One audit row per kind, client address and window says what was refused; every refusal is counted
// in /metrics, so a flood of anonymous requests can neither fill the trail nor hold its lock.
const AUDITED_PER_WINDOW = { limit: 1, windowSeconds: 15 * 60 };

export interface Refusal {
  reason: RefusalReason;
  action: AuditAction;
  subjectType: string;
  summary?: Record<string, unknown>;
  /** Narrows the once-per-window rule, e.g. to one refused link per address and recipient. */
  scope?: string;
}

/** Records a refused anonymous request: always in the metric, in the audit trail once per window. */
export async function recordRefusal(
  db: Db,
  meta: { requestId: string | null; ip: string | null },
  refusal: Refusal,
  now: Instant,
): Promise<void> {
  countRefusal(refusal.reason);
  await db.transaction(async (tx) => {
    const key = `refused:${refusal.action}:${meta.ip ?? "unknown"}${refusal.scope ? `:${refusal.scope}` : ""}`;
    if (!(await hitRateLimit(tx, key, AUDITED_PER_WINDOW, now)).allowed) return;
    await recordAudit(
      tx,
      { ...systemActor("anonymous"), ...meta },
      {
        action: refusal.action,
        subjectType: refusal.subjectType,
        summary: {
          ...refusal.summary,
          note: "further refusals of this kind from this address in the next 15 minutes are counted in /metrics only",
        },
      },
      now,
    );
  });
}
