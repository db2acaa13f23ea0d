import { asc, eq, like } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db, Queryable } from "@/db/client";
import { contingencies, emailMessages } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import {
  acknowledgeContingency,
  approveContingencyOption,
  chooseContingencyOption,
  openManualContingency,
  startContingencyExecution,
} from "@/lib/services/contingency";
import { type Instant, MS_PER_HOUR } from "@/lib/time";

// Tests only: actors for people, and what the workflow services left behind.

export { actorFor } from "@/lib/testing/actor";

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

/**
 * A workflow opened by `coordinators[0]` at `t0`, who chose the credential-surrogates option; the two
 * other coordinators approved it and the second started it. Its steps: consent (attachment),
 * management-approval (attachment, needs two coordinator approvals) and transfer (note, owned by the
 * safe security controller).
 */
export async function executingSurrogates(
  runtime: { db: Db; boss: PgBoss },
  coordinators: readonly [Actor, Actor, Actor],
  reason: string,
  t0: Instant,
) {
  const { db, boss } = runtime;
  const [chooser, ...approvers] = coordinators;
  const at = (hours: number) => t0 + hours * MS_PER_HOUR;
  const { id } = await openManualContingency(db, boss, chooser, { reason }, t0);
  await acknowledgeContingency(db, chooser, { id, version: 1 }, at(1));
  await chooseContingencyOption(
    db,
    boss,
    chooser,
    { id, version: 2, option: "credential-surrogates" },
    at(1),
  );
  for (const approver of approvers) await approveContingencyOption(db, approver, { id }, at(2));
  const { steps } = await startContingencyExecution(db, boss, approvers[0], { id, version: 3 }, at(3));
  return { id, steps };
}
