import type { Queryable } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { listAuditEvents } from "@/lib/queries/audit";

// Shared by the management service tests (facilities, people, credentials, restrictions, templates).

export const coordinator: Actor = {
  id: null,
  label: "coordinator@test",
  roles: ["coordinator"],
  requestId: null,
  ip: null,
};

/** The newest audit event with this action, or undefined. */
export async function lastAudit(db: Queryable, action: string) {
  const { events } = await listAuditEvents(db, { action, limit: 1 });
  const event = events[0];
  return event?.action === action ? event : undefined;
}
