import type { Actor } from "@/lib/auth/actor";
import type { PersonRole } from "@/lib/domain/people";

/** Tests only: the actor a signed-in person acts as, with their own roles unless others are given. */
export const actorFor = (
  person: { id: string; email: string; roles?: PersonRole[] },
  roles?: PersonRole[],
): Actor => ({
  id: person.id,
  label: person.email,
  roles: roles ?? person.roles ?? [],
  requestId: null,
  ip: null,
});
