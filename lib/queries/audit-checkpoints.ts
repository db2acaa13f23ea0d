import "server-only";
import type { Queryable } from "@/db/client";
import { checkpointMessage, keyIdOf } from "@/lib/domain/audit-checkpoint";
import { checkpointSigningKey } from "@/lib/secrets/derived-keys";
import { listCheckpoints, type StoredCheckpoint, verifyTrail } from "./audit-verify";

/** This installation's checkpoint key, as auditors see it (the private half never leaves the app). */
export function checkpointPublicKey() {
  const { publicKey } = checkpointSigningKey();
  return {
    publicKey,
    keyId: keyIdOf(publicKey),
    pem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

/**
 * The trail's verification against this installation's key, with the key an auditor compares: one
 * reading for the audit page (incremental or `full`) and the dashboard's auditor section (incremental).
 */
export async function auditChainStatus(db: Queryable, options: { full?: boolean } = {}) {
  const key = checkpointPublicKey();
  const report = await verifyTrail(db, key.publicKey, { full: options.full });
  return { report, keyId: key.keyId, pem: key.pem };
}

/**
 * The export an auditor keeps: every checkpoint with the exact message that was signed, and the public
 * key, so a later trail can be checked against it outside the app (`npm run admin -- audit verify
 * --checkpoints FILE --public-key FILE`, or `openssl pkeyutl -verify`).
 */
export async function checkpointExport(db: Queryable) {
  const { keyId, pem } = checkpointPublicKey();
  const checkpoints = await listCheckpoints(db);
  return {
    format: "ceremony-desk audit checkpoints v1",
    keyId,
    publicKeyPem: pem,
    checkpoints: checkpoints.map((c: StoredCheckpoint) => ({
      id: c.id,
      eventCount: c.eventCount,
      headId: c.headId,
      headHash: c.headHash,
      signedAt: c.signedAt.toISOString(),
      requestedBy: c.requestedBy,
      keyId: c.keyId,
      signedMessage: checkpointMessage(c),
      signature: c.signature,
    })),
  };
}
