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
