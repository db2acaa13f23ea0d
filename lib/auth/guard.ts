import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getRuntime } from "@/lib/runtime";
import { recordDenial } from "@/lib/services/audit/record-denial";
import type { Actor } from "./actor";
import { auth } from "./index";
import { can, type PolicyAction } from "./policy";
import { requestMeta } from "./request-meta";

/**
 * The session, read from the database once per request however many layouts and pages ask (React's
 * request cache); every request still checks it afresh.
 */
export const currentSession = cache(() => auth());

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
    await recordDenial((await getRuntime()).db, actor, action);
    forbidden();
  }
  return actor;
}
