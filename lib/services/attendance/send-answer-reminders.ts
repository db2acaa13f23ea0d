import "server-only";
import { and, gt, inArray } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { ceremonies } from "@/db/schema";
import { STILL_AHEAD } from "@/lib/domain/ceremony-lifecycle";
import { deadlineDates } from "@/lib/domain/milestones";
import { evaluateQuorum } from "@/lib/domain/quorum";
import { shortfallLines } from "@/lib/domain/quorum/shortfalls";
import { dueReminderStage } from "@/lib/domain/reminder-stages";
import { appUrl } from "@/lib/http/app-url";
import { activePeopleWithAnyRole, type NoticeRecipient } from "@/lib/queries/notice-recipients";
import { loadCeremonyPlanning } from "@/lib/queries/planning/load-quorum";
import { invitationProps } from "@/lib/services/ceremonies/notify-invitees";
import { type Delivery, deliver, deliveriesOf } from "@/lib/services/notify/notify";
import { civilDateInZone, dateOf, type Instant } from "@/lib/time";
import { formatMeeting } from "@/lib/time/format";

/**
 * Chasing answers before each ceremony's RSVP-by date. On each stage's day (14, 7 and 2 days before,
 * facility-local), one reminder to every invitee who has not answered for the current date. From the
 * RSVP-by date until the ceremony, when confirmed people do not meet every requirement, one notice to
 * the coordinators naming the shortfalls and who has not answered. Each reaches each person once (the
 * stage and the RSVP date are in the delivery key, so a re-run, a retry or a second instance adds
 * nothing, and a moved ceremony is chased again for its new date); nobody who has answered is reminded.
 * Returns how many notices were newly queued.
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
  const deliveries: Delivery[] = [];
  let coordinators: NoticeRecipient[] | null = null;
  for (const { ceremony, invitees, settings, input } of plannings.values()) {
    const when = { startsAt: ceremony.startsAt.getTime(), timeZone: ceremony.timeZone };
    const rsvp = deadlineDates(when, settings).rsvp;
    const today = civilDateInZone(now, ceremony.timeZone);
    const stage = dueReminderStage(rsvp, today);
    const open = invitees.filter((i) => i.response === "no_answer");
    if (stage !== null && open.length > 0)
      deliveries.push(
        ...deliveriesOf({
          event: "invitation.reminder",
          key: `answer-reminder:${ceremony.id}:${rsvp}:${stage}`,
          recipients: open,
          message: (person) => ({ template: "invitation", props: invitationProps(ceremony, person, true) }),
        }),
      );
    // From the RSVP-by date on, a quorum still short goes to the coordinators, once per date.
    if (today < rsvp || input.requirements.length === 0) continue;
    const shortfalls = shortfallLines(evaluateQuorum(input).requirements);
    if (shortfalls.length === 0) continue;
    coordinators ??= await activePeopleWithAnyRole(db, ["coordinator"]);
    const recipients = coordinators.map((c) => ({ ...c, personId: c.id }));
    deliveries.push(
      ...deliveriesOf({
        event: "answers.due",
        key: `answers-due:${ceremony.id}:${rsvp}`,
        recipients,
        message: () => ({
          template: "answers_due",
          props: {
            label: ceremony.label,
            facility: ceremony.facility.name,
            startsAt: formatMeeting(ceremony.startsAt, ceremony.timeZone),
            rsvpDate: rsvp,
            shortfalls,
            missing: open.map((i) => i.name),
            url: appUrl(`/ceremonies/${ceremony.id}`),
          },
        }),
      }),
    );
  }
  // Everything due, on every channel, in one transaction: a fixed number of statements however many
  // ceremonies are due.
  return db.transaction((tx) => deliver(tx, boss, deliveries));
}
