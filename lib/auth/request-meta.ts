import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { edgeClientAddress, type HeaderReader } from "@/lib/http/edge-headers";

export const REQUEST_ID_HEADER = "x-request-id";

/** The request id proxy.ts tagged the request with, and the client address the edge established. */
export function metaFrom(h: HeaderReader): { requestId: string; ip: string | null } {
  return { requestId: h.get(REQUEST_ID_HEADER) ?? randomUUID(), ip: edgeClientAddress(h) };
}

export async function requestMeta(): Promise<{ requestId: string; ip: string | null }> {
  return metaFrom(await headers());
}
