import "server-only";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { PolicyAction } from "@/lib/auth/policy";
import { metaFrom } from "@/lib/auth/request-meta";
import { AppError, asAppError, type ErrorCode, HTTP_STATUS } from "@/lib/errors";
import { authenticateApiToken } from "@/lib/services/api-tokens/authenticate-api-token";
import type { Instant } from "@/lib/time";

export type ErrorFormat = "json" | "text";

const REALM = 'Bearer realm="Ceremony Desk"';
// RFC 6750 §3: say what went wrong with the credentials, so clients know to ask for a new token.
const CHALLENGE: Partial<Record<ErrorCode, string>> = {
  unauthenticated: REALM,
  forbidden: `${REALM}, error="insufficient_scope"`,
};

/** The token after `Bearer `, or null when the header is missing or uses another scheme. */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

function errorResponse(error: AppError, format: ErrorFormat, presented: boolean): Response {
  const headers = new Headers({ "cache-control": "no-store" });
  const challenge = CHALLENGE[error.code];
  if (challenge) {
    const invalid = error.code === "unauthenticated" && presented;
    headers.set("www-authenticate", invalid ? `${challenge}, error="invalid_token"` : challenge);
  }
  const status = HTTP_STATUS[error.code];
  if (format === "json")
    return Response.json({ error: error.code, message: error.message }, { status, headers });
  headers.set("content-type", "text/plain; charset=utf-8");
  return new Response(`${error.message}\n`, { status, headers });
}

/**
 * A read-only route handler authenticated by a personal API token (`Authorization: Bearer cdk_…`)
 * instead of a session: the token acts as its owner, whose current roles must allow `action`. Errors
 * from the closed set become their HTTP status with a message, as JSON or plain text.
 */
export async function tokenRoute(
  db: Db,
  request: Request,
  action: PolicyAction,
  format: ErrorFormat,
  handle: (actor: Actor) => Promise<Response>,
  now: Instant,
): Promise<Response> {
  const token = bearerToken(request);
  try {
    if (!token)
      throw new AppError("unauthenticated", "Send a personal API token: Authorization: Bearer <token>.");
    const actor = await authenticateApiToken(
      db,
      token,
      action,
      {
        ...metaFrom(request.headers),
      },
      now,
    );
    return await handle(actor);
  } catch (error) {
    const failure = asAppError(error);
    if (failure.code === "internal") console.error("[api-token]", error);
    return errorResponse(failure, format, token !== null);
  }
}
