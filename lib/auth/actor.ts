import type { PersonRole } from "@/lib/domain/people";

/** Who is acting, carried from the request into every service call and audit event. */
export interface Actor {
  /** The person's id, or null for an anonymous request (a sign-in attempt) or the system. */
  id: string | null;
  /** Email or a fixed label such as "system": what an auditor reads. */
  label: string;
  roles: readonly PersonRole[];
  requestId: string | null;
  ip: string | null;
}

export function systemActor(label = "system"): Actor {
  return { id: null, label, roles: [], requestId: null, ip: null };
}

/** The acting person's id, for records that must name a person; the system cannot make them. */
export function personIdOf(actor: Actor): string {
  if (!actor.id) throw new Error(`${actor.label} is not a person and cannot make this change`);
  return actor.id;
}
