import "server-only";
import { MAX_EVIDENCE_TOTAL_BYTES } from "@/lib/domain/contingency/evidence-limits";
import { MIB } from "@/lib/domain/files/byte-size";

export const KIB = 1024;

/** Anything a visitor without a session may send: the sign-in form, the sign-in confirmation. */
export const ANONYMOUS_BODY_LIMIT = 16 * KIB;
/** Forms and JSON of a signed-in person, a KSR/SKR upload (1 MiB) included. */
export const SESSION_BODY_LIMIT = MIB + 64 * KIB;
/** A contingency step's evidence files, with the multipart framing. */
export const EVIDENCE_BODY_LIMIT = MAX_EVIDENCE_TOTAL_BYTES + MIB;

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
// Evidence is attached by server actions posted to the workflow's own page.
const EVIDENCE_PATH = new RegExp(`^/contingencies/${UUID}/?$`, "i");
// Paths that never take more than a small form, session or not.
const SMALL_ONLY = [/^\/signin(\/|$)/, /^\/api\/auth\//, /^\/dev\//];

export interface BodyRule {
  /** Largest body accepted, in bytes. */
  limit: number;
  /** Whether a body this size needs a session that the database knows (checked before reading it). */
  needsValidSession: boolean;
}

/**
 * The body a request may carry, decided from its method and path before any byte is read. A request
 * without a session cookie never gets more than a sign-in form's worth, so an anonymous client cannot
 * make the server hold megabytes; the large evidence limit applies only to a session the database holds.
 */
export function bodyRuleFor(method: string, pathname: string, hasSessionCookie: boolean): BodyRule {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS")
    return { limit: 0, needsValidSession: false };
  if (!hasSessionCookie || SMALL_ONLY.some((pattern) => pattern.test(pathname))) {
    return { limit: ANONYMOUS_BODY_LIMIT, needsValidSession: false };
  }
  if (method === "POST" && EVIDENCE_PATH.test(pathname)) {
    return { limit: EVIDENCE_BODY_LIMIT, needsValidSession: true };
  }
  return { limit: SESSION_BODY_LIMIT, needsValidSession: true };
}
