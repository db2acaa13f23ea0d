import "server-only";
import { and, eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { ceremonies, datePollOptions, datePolls } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { isEditable } from "@/lib/domain/ceremony-lifecycle";
import { AppError, isAppError } from "@/lib/errors";
import { appUrl } from "@/lib/http/app-url";
import { resolveCeremonyTime } from "@/lib/services/ceremonies/ceremony-time";
import { loadForChange } from "@/lib/services/ceremonies/load-for-change";
import { notify } from "@/lib/services/notify/notify";
import type { Instant } from "@/lib/time";
import { formatMeeting } from "@/lib/time/format";
import { parseInput } from "@/lib/validation/parse-input";
import { type OfferedStart, openPollSchema } from "@/lib/validation/poll";

/** Each offered start as an instant at the facility; a past, too distant or repeated start is refused. */
function offeredStarts(starts: readonly OfferedStart[], zone: string, now: Instant) {
  const fields: Record<string, string> = {};
  const seen = new Set<number>();
  const instants = starts.map((start) => {
    try {
      const at = resolveCeremonyTime(
        { date: start.date, time: start.time, standbyDate: undefined },
        zone,
        now,
      ).startsAt;
      if (seen.has(at.getTime())) fields[`date.${start.row}`] = "This date and time is offered twice.";
      seen.add(at.getTime());
      return at;
    } catch (error) {
      if (!isAppError(error)) throw error;
      fields[`date.${start.row}`] = Object.values(error.fields ?? {})[0] ?? error.message;
      return null;
    }
  });
  if (Object.keys(fields).length > 0) throw new AppError("invalid_input", "Check the dates.", fields);
  return instants as Date[];
}

/**
 * A coordinator offers 2–8 candidate starts for a ceremony still being planned; everyone invited is
 * asked to mark them (mail and inbox, queued in the same transaction). One open poll per ceremony.
 */
export async function openPoll(db: Db, boss: PgBoss, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "ceremonies.manage");
  const input = parseInput(openPollSchema, raw, "Check the dates.");
  return db.transaction(async (tx) => {
    // Two coordinators opening polls at once: the second waits here, then finds the first one open.
    await tx
      .select({ id: ceremonies.id })
      .from(ceremonies)
      .where(eq(ceremonies.id, input.ceremonyId))
      .for("update");
    const { ceremony, invitees } = await loadForChange(tx, input.ceremonyId);
    if (!isEditable(ceremony.status))
      throw new AppError(
        "invalid_input",
        `${ceremony.label} is ${ceremony.status}: its date can no longer change.`,
      );
    if (invitees.length === 0)
      throw new AppError(
        "invalid_input",
        `Invite people to ${ceremony.label} first: a poll asks the invitees.`,
      );
    const starts = offeredStarts(input.starts, ceremony.timeZone, now);
    const [open] = await tx
      .select({ id: datePolls.id })
      .from(datePolls)
      .where(and(eq(datePolls.ceremonyId, ceremony.id), eq(datePolls.status, "open")));
    if (open) throw new AppError("conflict", `${ceremony.label} already has an open poll: close it first.`);
    const [poll] = await tx
      .insert(datePolls)
      .values({ ceremonyId: ceremony.id, durationMinutes: ceremony.durationMinutes, createdBy: actor.id })
      .returning();
    if (!poll) throw new Error("poll insert returned nothing");
    await tx.insert(datePollOptions).values(starts.map((startsAt) => ({ pollId: poll.id, startsAt })));
    await recordAudit(
      tx,
      actor,
      {
        action: "date_poll.opened",
        subjectType: "ceremony",
        subjectId: ceremony.id,
        summary: { poll: poll.id, dates: starts.map((s) => formatMeeting(s, ceremony.timeZone)) },
      },
      now,
    );
    const sorted = [...starts].sort((a, b) => a.getTime() - b.getTime());
    await notify(tx, boss, {
      event: "poll.opened",
      key: `poll:${poll.id}:opened`,
      recipients: invitees,
      message: (person) => ({
        template: "poll_opened",
        props: {
          name: person.name,
          label: ceremony.label,
          facility: `${ceremony.facility.name}, ${ceremony.facility.city}`,
          dates: sorted.map((s) => ({
            facilityTime: formatMeeting(s, ceremony.timeZone),
            localTime: formatMeeting(s, person.timeZone),
          })),
          url: appUrl(`/me/ceremonies/${ceremony.id}#poll`),
        },
      }),
    });
    return poll;
  });
}
