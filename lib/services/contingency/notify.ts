import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Queryable } from "@/db/client";
import { ceremonies } from "@/db/schema";
import type { ContingencyNoticeBase, ContingencyNoticeEmailProps } from "@/emails/contingency-notice";
import { workflowTitle } from "@/lib/domain/contingency/title";
import type { PersonRole } from "@/lib/domain/people";
import { appUrl } from "@/lib/http/app-url";
import { activePeopleWithAnyRole } from "@/lib/queries/notice-recipients";
import { enqueueEmail } from "@/lib/services/mail/enqueue-email";
import { formatMeeting } from "@/lib/time/format";
import type { ContingencyRow } from "./load-workflow";

type KindProps = ContingencyNoticeEmailProps extends infer P
  ? P extends unknown
    ? Omit<P, keyof ContingencyNoticeBase>
    : never
  : never;

/** What every notice about one workflow says: its title, reason, deadline and link. */
export async function noticeBase(tx: Queryable, row: ContingencyRow): Promise<ContingencyNoticeBase> {
  const [ceremony] = row.ceremonyId
    ? await tx
        .select({ label: ceremonies.label, timeZone: ceremonies.timeZone })
        .from(ceremonies)
        .where(eq(ceremonies.id, row.ceremonyId))
    : [];
  return {
    title: workflowTitle({ cause: row.cause, reason: row.reason, ceremonyLabel: ceremony?.label ?? null }),
    reason: row.reason,
    deadline: row.deadlineAt ? formatMeeting(row.deadlineAt, ceremony?.timeZone ?? "UTC") : null,
    url: appUrl(`/contingencies/${row.id}`),
  };
}

/**
 * Mails every active holder of `roles` (but `exceptId`, say the person asking) through the outbox. `keyOf(personId)` names the event per person,
 * so a re-run, a retry or a second instance never queues the same notice twice. Returns how many
 * messages were newly queued.
 */
export async function notifyRoles(
  tx: Queryable,
  boss: PgBoss,
  base: ContingencyNoticeBase,
  roles: readonly PersonRole[],
  keyOf: (personId: string) => string,
  kind: KindProps,
  exceptId: string | null = null,
): Promise<number> {
  let queued = 0;
  for (const person of await activePeopleWithAnyRole(tx, roles)) {
    if (person.id === exceptId) continue;
    const id = await enqueueEmail(tx, boss, {
      template: "contingency_notice",
      to: person.email,
      idempotencyKey: keyOf(person.id),
      props: { ...base, ...kind } as ContingencyNoticeEmailProps,
    });
    if (id) queued++;
  }
  return queued;
}
