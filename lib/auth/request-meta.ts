import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

export const REQUEST_ID_HEADER = "x-request-id";

/**
 * The client address is the last x-forwarded-for entry: the one our own server or proxy appended.
 * Earlier entries come from the client and could be forged to dodge rate limits.
 */
export function clientIpFrom(forwardedFor: string | null): string | null {
  if (!forwardedFor) return null;
  const parts = forwardedFor
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  return parts[parts.length - 1] ?? null;
}

export async function requestMeta(): Promise<{ requestId: string; ip: string | null }> {
  const h = await headers();
  return {
    requestId: h.get(REQUEST_ID_HEADER) ?? randomUUID(),
    ip: clientIpFrom(h.get("x-forwarded-for")) ?? h.get("x-real-ip"),
  };
}
