import { createPublicKey, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Db } from "@/db/client";
import { checkCheckpoint, type StoredCheckpoint, verifyTrail } from "@/lib/queries/audit-verify";
import { checkpointSigningKey } from "@/lib/secrets/derived-keys";
import { makeCheckpoint } from "@/lib/services/audit/make-checkpoint";
import type { Instant } from "@/lib/time";

export interface AuditVerifyOptions {
  /** Start from the latest stored checkpoint instead of the first event. */
  incremental: boolean;
  /** An exported checkpoints file (GET /api/audit/checkpoints): each is checked against the trail. */
  checkpointsFile?: string;
  /** A PEM public key, for an auditor who does not hold AUTH_SECRET. */
  publicKeyFile?: string;
}

function publicKeyFrom(options: AuditVerifyOptions): KeyObject {
  if (options.publicKeyFile) return createPublicKey(readFileSync(options.publicKeyFile, "utf8"));
  return checkpointSigningKey().publicKey;
}

function externalCheckpoints(file: string): StoredCheckpoint[] {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { checkpoints?: unknown };
  if (!Array.isArray(parsed.checkpoints)) throw new Error(`${file}: no "checkpoints" list`);
  return parsed.checkpoints.map((c) => {
    const entry = c as Record<string, unknown>;
    return {
      id: Number(entry.id),
      eventCount: Number(entry.eventCount),
      headId: Number(entry.headId),
      headHash: String(entry.headHash),
      signedAt: new Date(String(entry.signedAt)),
      signature: String(entry.signature),
      keyId: String(entry.keyId),
      requestedBy: String(entry.requestedBy ?? "export"),
    };
  });
}

/** `audit verify`: exit 0 with a summary when intact, 1 with the first bad event named on stderr. */
export async function auditVerify(db: Db, options: AuditVerifyOptions): Promise<number> {
  const publicKey = publicKeyFrom(options);
  const external = options.checkpointsFile ? externalCheckpoints(options.checkpointsFile) : [];
  // Checkpoints kept outside the app first: deleting stored ones cannot hide what they signed.
  for (const checkpoint of external) {
    const problem = await checkCheckpoint(db, checkpoint, publicKey, null);
    if (problem) {
      console.error(`audit trail broken: ${problem.message}`);
      return 1;
    }
  }
  const report = await verifyTrail(db, publicKey, { full: !options.incremental });
  if (report.problem) {
    console.error(`audit trail broken: ${report.problem.message}`);
    return 1;
  }
  const latest = report.latestCheckpoint;
  console.log(
    `verified: ${report.total} events intact (${report.checked} re-hashed${report.startedFrom ? ` after checkpoint #${report.startedFrom.id}` : " from the first"})` +
      `${latest ? `; latest checkpoint #${latest.id} holds at event #${latest.headId}` : "; no checkpoint yet"}` +
      `${external.length ? `; ${external.length} kept checkpoints hold` : ""}`,
  );
  return 0;
}

export async function auditCheckpoint(db: Db, now: Instant): Promise<number> {
  const outcome = await makeCheckpoint(db, null, now);
  console.log(
    outcome.created
      ? `checkpoint #${outcome.checkpoint.id} signed: ${outcome.checkpoint.eventCount} events up to #${outcome.checkpoint.headId}`
      : "no events since the last checkpoint",
  );
  return 0;
}
