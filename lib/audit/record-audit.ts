import "server-only";
import { desc, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { AuditAction } from "@/lib/domain/audit/audit-actions";
import { auditHash, GENESIS_HASH } from "@/lib/domain/audit-chain";
import { dateOf, type Instant } from "@/lib/time";

// One writer at a time: the chain needs each event to see the hash of the one committed before it.
const AUDIT_LOCK_KEY = 7_202_004;

export interface AuditInput {
  action: AuditAction;
  subjectType: string;
  subjectId?: string | null;
  summary?: Record<string, unknown>;
}

/** Appends one event to the hash chain. Call inside the transaction of the change it records. */
export async function recordAudit(tx: Queryable, actor: Actor, input: AuditInput, now: Instant) {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const content = {
    occurredAt: dateOf(now),
    actorId: actor.id,
    actorLabel: actor.label,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId ?? null,
    summary: { ...(input.summary ?? {}), ...(actor.ip ? { ip: actor.ip } : {}) },
    requestId: actor.requestId,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const [row] = await tx
    .insert(auditEvents)
    .values({ ...content, prevHash, hash: auditHash(prevHash, content) })
    .returning({ id: auditEvents.id });
  return row;
}
