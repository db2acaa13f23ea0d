import "server-only";
import type { Queryable } from "@/db/client";
import { checkpointMessage, keyIdOf } from "@/lib/domain/audit-checkpoint";
import { checkpointSigningKey } from "@/lib/secrets/derived-keys";
import { listCheckpoints, type StoredCheckpoint } from "./audit-verify";

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
