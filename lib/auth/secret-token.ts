import { createHash, randomBytes } from "node:crypto";

/**
 * A bearer secret: 32 random bytes as base64url, after an optional prefix that lets people (and secret
 * scanners) recognise what it is. Only its hash is stored, so a leaked database grants nothing, and a
 * lookup by hash needs no constant-time comparison of the secret itself.
 */
export function newSecretToken(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
