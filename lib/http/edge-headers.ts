import { timingSafeEqual } from "node:crypto";

/**
 * The edge server (scripts/serve.ts) strips these from every incoming request and sets them itself,
 * with a per-process token only it and the app know. Run without the edge (plain `next start`), no
 * token is set, so nothing a client sends under these names is believed.
 */
export const EDGE_TOKEN_ENV = "CEREMONY_DESK_EDGE_TOKEN";
export const EDGE_TOKEN_HEADER = "x-desk-edge";
export const CLIENT_ADDRESS_HEADER = "x-desk-client";

export type HeaderReader = Pick<Headers, "get">;

/** The client address the edge established from the socket (and trusted proxies), or null. */
export function edgeClientAddress(headers: HeaderReader): string | null {
  const expected = process.env[EDGE_TOKEN_ENV];
  const presented = headers.get(EDGE_TOKEN_HEADER);
  if (!expected || !presented || presented.length !== expected.length) return null;
  if (!timingSafeEqual(Buffer.from(presented), Buffer.from(expected))) return null;
  return headers.get(CLIENT_ADDRESS_HEADER);
}
