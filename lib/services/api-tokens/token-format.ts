import "server-only";
import { z } from "zod";

/** Marks a personal API token for people and secret scanners; the rest is 32 random bytes, base64url. */
export const API_TOKEN_PREFIX = "cdk_";
const API_TOKEN_SHAPE = /^cdk_[A-Za-z0-9_-]{43}$/;

// Enough for a dashboard, a Prometheus server and a few scripts; more usually means forgotten tokens.
export const MAX_ACTIVE_TOKENS = 20;

/** Whether the text could be one of our tokens at all: anything else is refused before any lookup. */
export function isWellFormedApiToken(text: string): boolean {
  return API_TOKEN_SHAPE.test(text);
}

export const createApiTokenSchema = z.object({
  name: z
    .string({ error: "Give the token a name." })
    .trim()
    .min(1, { error: "Give the token a name, e.g. “Prometheus”." })
    .max(60, { error: "Keep the name to 60 characters." }),
});

export const revokeApiTokenSchema = z.object({
  tokenId: z.uuid({ error: "Choose one of your tokens." }),
});
