import "server-only";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db, Queryable } from "@/db/client";
import { datePolls } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { type Answer, MARK_RESPONSE } from "@/lib/domain/quorum";
import { AppError } from "@/lib/errors";
import { deadlinesFor, judgePoll, latestPoll } from "@/lib/queries/planning/date-poll";
import { loadForChange } from "@/lib/services/ceremonies/load-for-change";
import { changeCeremony } from "@/lib/services/ceremonies/update-ceremony";
import { dateOf, type Instant } from "@/lib/time";
import { formatInZone, formatMeeting } from "@/lib/time/format";
import { parseInput } from "@/lib/validation/parse-input";
import { decidePollSchema, withdrawPollSchema } from "@/lib/validation/poll";

/** The open poll, locked until commit; refused when it does not exist or is closed already. */
async function openPollForUpdate(tx: Queryable, pollId: string) {
  const [poll] = await tx
    .select({ ceremonyId: datePolls.ceremonyId })
    .from(datePolls)
    .where(eq(datePolls.id, pollId));
  if (!poll) throw new AppError("not_found", "This poll does not exist.");
  const record = await latestPoll(tx, poll.ceremonyId, true);
  if (!record || record.poll.id !== pollId || record.poll.status !== "open")
    throw new AppError("invalid_input", "This poll is closed already.");
  return record;
}

async function closePoll(
  tx: Queryable,
  actor: Actor,
  pollId: string,
  now: Instant,
  chosenOptionId: string | null,
) {
  await tx
    .update(datePolls)
    .set({
      status: chosenOptionId ? "decided" : "withdrawn",
      closedBy: actor.id,
      closedAt: dateOf(now),
      chosenOptionId,
    })
    .where(eq(datePolls.id, pollId));
}

/**
 * A coordinator picks one of the poll's dates: the ceremony moves to it (history, .ics notice to every
 * invitee, verdict refresh, as any move), each invitee's mark for that date becomes their answer, and the
 * poll closes. A date after a coverage deadline is refused. All in one transaction.
 */
export async function choosePollDate(db: Db, boss: PgBoss, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "ceremonies.manage");
  const input = parseInput(decidePollSchema, raw);
  return db.transaction(async (tx) => {
    const record = await openPollForUpdate(tx, input.pollId);
    const option = record.options.find((o) => o.id === input.optionId);
    if (!option) throw new AppError("invalid_input", "Choose one of the poll's dates.");
    const planning = await loadForChange(tx, record.poll.ceremonyId);
    const { ceremony } = planning;
    const outcome = judgePoll(planning, record, await deadlinesFor(tx, planning, now)).find(
      (o) => o.optionId === option.id,
    );
    if (outcome?.tooLate)
      throw new AppError(
        "invalid_input",
        `${formatMeeting(option.startsAt, ceremony.timeZone)} starts after ${outcome.tooLate.label} (${formatMeeting(outcome.tooLate.at, ceremony.timeZone)}): choose an earlier date.`,
      );
    const answers = new Map<string, Answer>();
    for (const invitee of planning.invitees) {
      const mark = record.answers.get(invitee.invitationId)?.marks.get(option.id);
      if (mark) answers.set(invitee.invitationId, MARK_RESPONSE[mark]);
    }
    const row = await changeCeremony(
      tx,
      boss,
      actor,
      {
        id: ceremony.id,
        version: ceremony.version,
        label: ceremony.label,
        kind: ceremony.kind,
        facilityId: ceremony.facilityId,
        date: formatInZone(option.startsAt, ceremony.timeZone, "yyyy-MM-dd"),
        time: formatInZone(option.startsAt, ceremony.timeZone, "HH:mm"),
        durationMinutes: record.poll.durationMinutes,
        standbyDate: undefined,
        agenda: ceremony.agenda,
        reason: "Date chosen in the date poll",
      },
      now,
      answers,
    );
    await closePoll(tx, actor, record.poll.id, now, option.id);
    await recordAudit(
      tx,
      actor,
      {
        action: "date_poll.decided",
        subjectType: "ceremony",
        subjectId: ceremony.id,
        summary: {
          poll: record.poll.id,
          date: formatMeeting(option.startsAt, ceremony.timeZone),
          verdict: outcome?.verdict ?? null,
          answersFromMarks: answers.size,
        },
      },
      now,
    );
    return row;
  });
}

/** Closes an open poll without choosing a date; the ceremony keeps its date and answers. */
export async function withdrawPoll(db: Db, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "ceremonies.manage");
  const input = parseInput(withdrawPollSchema, raw);
  return db.transaction(async (tx) => {
    const record = await openPollForUpdate(tx, input.pollId);
    await closePoll(tx, actor, record.poll.id, now, null);
    await recordAudit(
      tx,
      actor,
      {
        action: "date_poll.withdrawn",
        subjectType: "ceremony",
        subjectId: record.poll.ceremonyId,
        summary: { poll: record.poll.id },
      },
      now,
    );
  });
}
