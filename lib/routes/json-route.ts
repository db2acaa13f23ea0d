import "server-only";
import { unstable_rethrow } from "next/navigation";
import { recordDenial } from "@/lib/audit/record-denial";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/guard";
import { can, type PolicyAction } from "@/lib/auth/policy";
import { AppError, asAppError, HTTP_STATUS, isAppError } from "@/lib/errors";
import { declaresTooLargeBody, isForeignOrigin } from "@/lib/http/origin";
import { getRuntime } from "@/lib/runtime";
import { currentInstant, type Instant } from "@/lib/time";

/**
 * The checks every state-changing route handler shares: same-origin, declared body size, session and
 * policy (a refusal is audited), the one reading of the clock, and the closed set of error codes turned into HTTP statuses with a
 * message (and field errors) as JSON. `handle` reads the body itself, in whatever format it takes.
 */
export async function guardedRoute(
  request: Request,
  action: PolicyAction,
  maxBytes: number,
  handle: (actor: Actor, now: Instant) => Promise<Response>,
): Promise<Response> {
  const now = currentInstant();
  try {
    if (isForeignOrigin(request))
      throw new AppError("bad_origin", "Refused: this request came from another site.");
    if (declaresTooLargeBody(request, maxBytes))
      throw new AppError("too_large", "The request body is too large.");
    const actor = await currentActor();
    if (!actor) throw new AppError("unauthenticated", "Sign in first.");
    if (!can(actor.roles, action)) {
      await recordDenial((await getRuntime()).db, actor, action, now);
      throw new AppError("forbidden", "Your role does not allow this.");
    }
    return await handle(actor, now);
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) {
      return Response.json(
        {
          error: error.code,
          message: error.message,
          fields: error.fields,
          ...(error.current ? { current: error.current } : {}),
        },
        { status: HTTP_STATUS[error.code] },
      );
    }
    const failure = asAppError(error);
    if (failure.code === "internal") console.error("[api]", error);
    return Response.json(
      { error: failure.code, message: failure.message },
      {
        status: HTTP_STATUS[failure.code],
        headers: failure.code === "unavailable" ? { "retry-after": "5" } : {},
      },
    );
  }
}

/** Wraps a JSON route handler in `guardedRoute`: the body is parsed as JSON, the result sent as JSON. */
export async function jsonRoute(
  request: Request,
  action: PolicyAction,
  work: (actor: Actor, body: unknown, now: Instant) => Promise<unknown>,
  maxBytes = 16 * 1024,
): Promise<Response> {
  return guardedRoute(request, action, maxBytes, async (actor, now) => {
    const text = await request.text();
    if (text.length > maxBytes) throw new AppError("too_large", "The request body is too large.");
    let body: unknown = {};
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      throw new AppError("invalid_input", "The body is not valid JSON.");
    }
    return Response.json(await work(actor, body, now));
  });
}
