import { asc, eq, like } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { contingencies, emailMessages } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { PersonRole } from "@/lib/domain/people";

// Tests only: actors for people, and what the workflow services left behind.

export const HOUR = 3_600_000;

export const actorFor = (
  person: { id: string; email: string; roles: PersonRole[] },
  roles?: PersonRole[],
): Actor => ({
  id: person.id,
  label: person.email,
  roles: roles ?? person.roles,
  requestId: null,
  ip: null,
});

/** Outbox messages whose idempotency key starts with `prefix`, oldest first. */
export function mailsKeyed(db: Queryable, prefix: string) {
  return db
    .select({ to: emailMessages.to, key: emailMessages.idempotencyKey, subject: emailMessages.subject })
    .from(emailMessages)
    .where(like(emailMessages.idempotencyKey, `${prefix}%`))
    .orderBy(asc(emailMessages.createdAt), asc(emailMessages.to));
}

export function workflowsKeyed(db: Queryable, causeKey: string) {
  return db.select().from(contingencies).where(eq(contingencies.causeKey, causeKey));
}

export async function workflow(db: Queryable, id: string) {
  const [row] = await db.select().from(contingencies).where(eq(contingencies.id, id));
  if (!row) throw new Error(`no workflow ${id}`);
  return row;
}
