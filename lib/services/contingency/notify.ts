import "server-only";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Queryable } from "@/db/client";
import { ceremonies } from "@/db/schema";
import type { ContingencyNoticeBase, ContingencyNoticeEmailProps } from "@/emails/contingency-notice";
import { workflowTitle } from "@/lib/domain/contingency/title";
import type { PersonRole } from "@/lib/domain/people";
import { appUrl } from "@/lib/http/app-url";
import { activePeopleWithAnyRole } from "@/lib/queries/notice-recipients";
import { notify } from "@/lib/services/notify/notify";
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
 * Tells every active holder of `roles` (but `exceptId`, say the person asking). `key` names this
 * occurrence; with each person it makes the notice once-only. Returns how many were newly queued.
 */
export async function notifyRoles(
  tx: Queryable,
  boss: PgBoss,
  base: ContingencyNoticeBase,
  roles: readonly PersonRole[],
  key: string,
  kind: KindProps,
  exceptId: string | null = null,
): Promise<number> {
  const people = await activePeopleWithAnyRole(tx, roles);
  return notify(tx, boss, {
    event: "contingency.notice",
    key,
    recipients: people
      .filter((person) => person.id !== exceptId)
      .map((person) => ({ ...person, personId: person.id })),
    message: () => ({
      template: "contingency_notice",
      props: { ...base, ...kind } as ContingencyNoticeEmailProps,
    }),
  });
}
