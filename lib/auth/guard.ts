import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { recordDenial } from "@/lib/audit/record-denial";
import { noteDatabaseError } from "@/lib/edge/database-health";
import { SESSION_COOKIES } from "@/lib/edge/session-cookie";
import { getRuntime } from "@/lib/runtime";
import { readSession } from "@/lib/services/auth/read-session";
import { currentInstant } from "@/lib/time";
import type { Actor } from "./actor";
import { can, type PolicyAction } from "./policy";
import { metaFrom, requestMeta } from "./request-meta";

/**
 * The session, read from the database once per request however many layouts and pages ask (React's
 * request cache); every request still checks it afresh. An unreachable database is reported as such
 * (the edge answers 503 from then on), never as "signed out".
 */
export const currentSession = cache(async () => {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  try {
    const { db } = await getRuntime();
    return await readSession(db, token, metaFrom(await headers()), currentInstant());
  } catch (error) {
    noteDatabaseError(error);
    throw error;
  }
});

/** The signed-in person as an Actor, or null. */
export async function currentActor(): Promise<Actor | null> {
  const session = await currentSession();
  if (!session?.user) return null;
  const meta = await requestMeta();
  return { id: session.user.id, label: session.user.email, roles: session.user.roles, ...meta };
}

export async function requireActor(returnTo = "/"): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/**
 * The server-side check every page, action and route calls. A refusal is audited and answered with
 * 403, whatever the page showed or hid.
 */
export async function requireAccess(action: PolicyAction, returnTo = "/"): Promise<Actor> {
  const actor = await requireActor(returnTo);
  if (!can(actor.roles, action)) {
    await recordDenial((await getRuntime()).db, actor, action, currentInstant());
    forbidden();
  }
  return actor;
}
