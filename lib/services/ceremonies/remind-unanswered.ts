import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { auditEvents, ceremonies } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { isEditable } from "@/lib/domain/ceremony-lifecycle";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/services/notify/notify";
import { type Instant, MS_PER_HOUR } from "@/lib/time";
import { formatUtc } from "@/lib/time/format";
import { remindSchema } from "@/lib/validation/ceremony";
import { parseInput } from "@/lib/validation/parse-input";
import { loadForChange } from "./load-for-change";
import { invitationProps } from "./notify-invitees";

/** "Remind now" goes out at most once in this many hours per ceremony, so nobody is mailed in a loop. */
export const REMIND_INTERVAL_HOURS = 24;

/**
 * Reminds everyone invited to a ceremony still being planned who has not answered (or must re-confirm
 * after a move): one reminder mail each, queued with the audit event in one transaction. Refused when
 * everyone has answered, or within REMIND_INTERVAL_HOURS of the last reminder (the ceremony row is
 * locked, so two coordinators pressing at once send one round).
 */
export async function remindUnanswered(db: Db, boss: PgBoss, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "ceremonies.manage");
  const input = parseInput(remindSchema, raw);
  return db.transaction(async (tx) => {
    await tx.select({ id: ceremonies.id }).from(ceremonies).where(eq(ceremonies.id, input.id)).for("update");
    const { ceremony, invitees } = await loadForChange(tx, input.id);
    if (!isEditable(ceremony.status) || ceremony.startsAt.getTime() <= now)
      throw new AppError(
        "invalid_input",
        `${ceremony.label} is ${ceremony.status}: answers are no longer asked for.`,
      );
    const [last] = await tx
      .select({ at: auditEvents.occurredAt })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "ceremony.reminded"), eq(auditEvents.subjectId, ceremony.id)))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    const next = last ? last.at.getTime() + REMIND_INTERVAL_HOURS * MS_PER_HOUR : 0;
    if (next > now)
      throw new AppError(
        "rate_limited",
        `A reminder went out ${formatUtc(last?.at ?? 0)}; the next can be sent from ${formatUtc(next)}.`,
      );
    const open = invitees.filter((i) => i.response === "no_answer");
    if (open.length === 0)
      throw new AppError("invalid_input", "Everyone invited has answered: nobody to remind.");
    await notify(tx, boss, {
      event: "invitation.reminder",
      key: `reminder:${ceremony.id}:${now}`,
      recipients: open,
      message: (person) => ({ template: "invitation", props: invitationProps(ceremony, person, true) }),
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "ceremony.reminded",
        subjectType: "ceremony",
        subjectId: ceremony.id,
        summary: { reminded: open.map((i) => i.email) },
      },
      now,
    );
    return { reminded: open.length };
  });
}
