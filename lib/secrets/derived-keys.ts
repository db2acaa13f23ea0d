import "server-only";
import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from "node:crypto";

/**
 * Keys the app derives from AUTH_SECRET, each for one purpose. The database never holds AUTH_SECRET,
 * so someone who can read or rewrite the database cannot open sealed outbox fields or sign checkpoints.
 */
export type KeyPurpose = "outbox-seal" | "audit-checkpoint";

export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 16) {
    throw new Error(
      "AUTH_SECRET is not set (or shorter than 16 characters): it protects sign-in and the audit trail",
    );
  }
  return secret;
}

export function derivedKey(purpose: KeyPurpose, secret = authSecret()): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "ceremony-desk", purpose, 32));
}

// PKCS#8 prefix of an Ed25519 private key (RFC 8410): the 32-byte seed follows it.
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

export function checkpointSigningKey(secret = authSecret()): { privateKey: KeyObject; publicKey: KeyObject } {
  const seed = derivedKey("audit-checkpoint", secret);
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: "der",
    type: "pkcs8",
  });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}
