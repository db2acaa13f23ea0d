import "server-only";
import type { KeyObject } from "node:crypto";
import { asc, count, desc, eq, gt, lte } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { auditCheckpoints, auditEvents } from "@/db/schema";
import { type ChainBreak, ChainWalker, describeBreak } from "@/lib/domain/audit-chain";
import { checkpointSignatureValid, type SignedCheckpoint } from "@/lib/domain/audit-checkpoint";
import { checkpointSigningKey } from "@/lib/secrets/derived-keys";

export type StoredCheckpoint = SignedCheckpoint & { id: number; requestedBy: string };

export type TrailProblem =
  | { kind: "chain"; broken: ChainBreak; message: string }
  | { kind: "checkpoint"; checkpointId: number; headId: number; message: string };

export interface TrailReport {
  ok: boolean;
  /** Events in the trail now. */
  total: number;
  /** Events whose hashes this run recomputed (all of them, or those after the starting checkpoint). */
  checked: number;
  /** The checkpoint the walk started from (incremental), or null when it started at the first event. */
  startedFrom: StoredCheckpoint | null;
  latestCheckpoint: StoredCheckpoint | null;
  headId: number | null;
  headHash: string | null;
  problem: TrailProblem | null;
}

const PAGE = 1000;

export async function listCheckpoints(db: Queryable, order: "asc" | "desc" = "asc", limit?: number) {
  const query = db
    .select()
    .from(auditCheckpoints)
    .orderBy(order === "asc" ? asc(auditCheckpoints.id) : desc(auditCheckpoints.id));
  return (limit ? query.limit(limit) : query) as Promise<StoredCheckpoint[]>;
}

/**
 * Checks one checkpoint against the trail as it is now: its signature (with the key given, never one
 * read from the database), that its head event is still there with the same hash, and that the trail
 * up to it still holds as many events.
 */
export async function checkCheckpoint(
  db: Queryable,
  checkpoint: StoredCheckpoint,
  publicKey: KeyObject,
  previousHeadId: number | null,
): Promise<TrailProblem | null> {
  const at = { kind: "checkpoint" as const, checkpointId: checkpoint.id, headId: checkpoint.headId };
  const signed = `checkpoint #${checkpoint.id} (signed ${checkpoint.signedAt.toISOString()}, ${checkpoint.eventCount} events up to #${checkpoint.headId})`;
  if (!checkpointSignatureValid(checkpoint, publicKey)) {
    return {
      ...at,
      message: `${signed} does not verify with this installation's key: it was forged or altered`,
    };
  }
  const [head] = await db
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.id, checkpoint.headId));
  if (!head) {
    return {
      ...at,
      message: `event #${checkpoint.headId}, the head of ${signed}, was deleted: the trail was cut short`,
    };
  }
  if (head.hash !== checkpoint.headHash) {
    const since =
      previousHeadId === null ? "" : ` and after #${previousHeadId} (the previous checkpoint still holds)`;
    return {
      ...at,
      message: `the trail was rewritten at or before event #${checkpoint.headId}${since}: it no longer matches ${signed}`,
    };
  }
  const [{ n } = { n: 0 }] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(lte(auditEvents.id, checkpoint.headId));
  if (Number(n) !== checkpoint.eventCount) {
    return {
      ...at,
      message: `${checkpoint.eventCount - Number(n)} events up to #${checkpoint.headId} were deleted since ${signed}`,
    };
  }
  return null;
}

/**
 * Verifies the trail. Incremental (the default for pages): from the latest checkpoint, whose head is
 * checked against the trail, only the events after it are re-hashed. Full: every checkpoint is checked
 * and every event re-hashed from the first. The first problem is named with the event it concerns.
 */
export async function verifyTrail(
  db: Queryable,
  publicKey: KeyObject,
  options: { full?: boolean } = {},
): Promise<TrailReport> {
  const checkpoints = options.full ? await listCheckpoints(db) : await listCheckpoints(db, "desc", 1);
  const latestCheckpoint = checkpoints.at(options.full ? -1 : 0) ?? null;
  const [{ n: totalCount } = { n: 0 }] = await db.select({ n: count() }).from(auditEvents);
  const total = Number(totalCount);
  const report = (fields: Partial<TrailReport>): TrailReport => ({
    ok: true,
    total,
    checked: 0,
    startedFrom: null,
    latestCheckpoint,
    headId: null,
    headHash: null,
    problem: null,
    ...fields,
  });

  let previousHeadId: number | null = null;
  for (const checkpoint of checkpoints) {
    const problem = await checkCheckpoint(db, checkpoint, publicKey, previousHeadId);
    if (problem) return report({ ok: false, problem });
    previousHeadId = checkpoint.headId;
  }

  const start = options.full ? null : latestCheckpoint;
  const walker = new ChainWalker(start?.headHash, start?.headId ?? null);
  let afterId = start?.headId ?? 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, afterId))
      .orderBy(asc(auditEvents.id))
      .limit(PAGE);
    if (page.length === 0) break;
    const broken = walker.walk(page);
    if (broken) {
      return report({
        ok: false,
        checked: walker.checked,
        startedFrom: start,
        problem: { kind: "chain", broken, message: describeBreak(broken) },
      });
    }
    afterId = page[page.length - 1]?.id ?? afterId;
  }
  const headId = afterId === 0 ? null : afterId;
  return report({
    checked: walker.checked,
    startedFrom: start,
    headId,
    headHash: headId ? walker.lastHash : null,
  });
}

/** The whole trail against this installation's own key: for the CLI's default and for tests. */
export function verifyWholeTrail(db: Queryable): Promise<TrailReport> {
  return verifyTrail(db, checkpointSigningKey().publicKey, { full: true });
}
