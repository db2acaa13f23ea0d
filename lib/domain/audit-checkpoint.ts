import { createHash, type KeyObject, sign, verify } from "node:crypto";

/**
 * A signed statement of the trail's length and head, made with a key the database does not hold (like
 * a transparency log's signed tree head). Deleting the tail or rewriting the chain and recomputing every
 * hash cannot be hidden from a checkpoint: the head it names is gone or hashes differently.
 */
export interface Checkpoint {
  /** Events in the trail up to and including the head. */
  eventCount: number;
  headId: number;
  headHash: string;
  signedAt: Date;
}

export interface SignedCheckpoint extends Checkpoint {
  /** Ed25519 signature over `checkpointMessage`, base64. */
  signature: string;
  /** First 16 hex digits of SHA-256 over the public key (SPKI DER): which key signed. */
  keyId: string;
}

export function checkpointMessage(c: Checkpoint): string {
  return [
    "ceremony-desk audit checkpoint v1",
    c.eventCount,
    c.headId,
    c.headHash,
    c.signedAt.toISOString(),
  ].join("\n");
}

export function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: "spki", format: "der" });
  return createHash("sha256").update(der).digest("hex").slice(0, 16);
}

export function signCheckpoint(c: Checkpoint, privateKey: KeyObject, publicKey: KeyObject): SignedCheckpoint {
  const signature = sign(null, Buffer.from(checkpointMessage(c)), privateKey).toString("base64");
  return { ...c, signature, keyId: keyIdOf(publicKey) };
}

export function checkpointSignatureValid(c: SignedCheckpoint, publicKey: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(checkpointMessage(c)), publicKey, Buffer.from(c.signature, "base64"));
  } catch {
    return false;
  }
}
