import "server-only";
import { and, gt, inArray } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { ceremonies } from "@/db/schema";
import { STILL_AHEAD } from "@/lib/domain/ceremony-lifecycle";
import { deadlineDates } from "@/lib/domain/milestones";
import { dueReminderStage } from "@/lib/domain/reminder-stages";
import { loadCeremonyPlanning } from "@/lib/queries/planning/load-quorum";
import { invitationProps } from "@/lib/services/ceremonies/notify-invitees";
import { notify } from "@/lib/services/notify/notify";
import { civilDateInZone, dateOf, type Instant } from "@/lib/time";

/**
 * The staged reminders before each ceremony's RSVP-by date: on each stage's day (14, 7 and 2 days before,
 * facility-local), one reminder to every invitee who has not answered for the current date. Each stage
 * reaches each invitee once (the stage and the RSVP date are in the delivery key, so a re-run, a retry or
 * a second instance adds nothing, and a moved ceremony reminds again for its new date); nobody who has
 * answered is reminded. Returns how many reminders were newly queued.
 */
export async function sendAnswerReminders(db: Db, boss: PgBoss, now: Instant): Promise<number> {
  const live = await db
    .select({ id: ceremonies.id })
    .from(ceremonies)
    .where(and(inArray(ceremonies.status, [...STILL_AHEAD]), gt(ceremonies.startsAt, dateOf(now))));
  if (live.length === 0) return 0;
  const plannings = await loadCeremonyPlanning(
    db,
    live.map((c) => c.id),
  );
  let queued = 0;
  for (const { ceremony, invitees, settings } of plannings.values()) {
    const rsvp = deadlineDates(
      { startsAt: ceremony.startsAt.getTime(), timeZone: ceremony.timeZone },
      settings,
    ).rsvp;
    const stage = dueReminderStage(rsvp, civilDateInZone(now, ceremony.timeZone));
    const open = invitees.filter((i) => i.response === "no_answer");
    if (stage === null || open.length === 0) continue;
    queued += await db.transaction((tx) =>
      notify(tx, boss, {
        event: "invitation.reminder",
        key: `answer-reminder:${ceremony.id}:${rsvp}:${stage}`,
        recipients: open,
        message: (person) => ({ template: "invitation", props: invitationProps(ceremony, person, true) }),
      }),
    );
  }
  return queued;
}
