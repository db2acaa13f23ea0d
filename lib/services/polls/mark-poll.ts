import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { datePollAnswers, datePollMarks, datePolls, invitations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { recordDenial } from "@/lib/audit/record-denial";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { latestPoll } from "@/lib/queries/planning/date-poll";
import { staleWrite } from "@/lib/services/shared/stale-write";
import { dateOf, type Instant } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";
import { markPollSchema } from "@/lib/validation/poll";

/**
 * An invitee marks every date of an open poll yes, if need be or no, with an optional note; they may
 * change their marks until the poll closes. Someone not invited is refused as if the poll did not exist;
 * a form loaded before their last save is refused as stale.
 */
export async function markPoll(db: Db, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "invitation.respond");
  const input = parseInput(markPollSchema, raw, "Mark every date.");
  const [found] = await db
    .select({ ceremonyId: datePolls.ceremonyId, invitationId: invitations.id })
    .from(datePolls)
    .innerJoin(
      invitations,
      and(eq(invitations.ceremonyId, datePolls.ceremonyId), eq(invitations.personId, actor.id ?? "")),
    )
    .where(eq(datePolls.id, input.pollId));
  if (!found) {
    await recordDenial(db, actor, "invitation.respond", now, { record: input.pollId });
    throw new AppError("not_found", "This poll does not exist or you are not invited to its ceremony.");
  }
  return db.transaction(async (tx) => {
    const record = await latestPoll(tx, found.ceremonyId, true);
    if (!record || record.poll.id !== input.pollId || record.poll.status !== "open")
      throw new AppError("invalid_input", "This poll is closed: the marks can no longer change.");
    const fields: Record<string, string> = {};
    for (const option of record.options)
      if (!input.marks[option.id]) fields[`mark.${option.id}`] = "Mark this date yes, if need be or no.";
    for (const optionId of Object.keys(input.marks))
      if (!record.options.some((o) => o.id === optionId))
        fields.form = "A date you marked is not in this poll.";
    if (Object.keys(fields).length > 0) throw new AppError("invalid_input", "Mark every date.", fields);
    const mine = record.answers.get(found.invitationId);
    if ((mine?.version ?? 0) !== input.version)
      throw staleWrite(
        { version: mine?.version ?? 0, note: mine?.note ?? "", marks: Object.fromEntries(mine?.marks ?? []) },
        "Your marks",
      );
    const key = and(
      eq(datePollAnswers.pollId, input.pollId),
      eq(datePollAnswers.invitationId, found.invitationId),
    );
    if (mine) {
      await tx
        .update(datePollAnswers)
        .set({ note: input.note, answeredAt: dateOf(now), version: sql`${datePollAnswers.version} + 1` })
        .where(key);
      await tx
        .delete(datePollMarks)
        .where(
          and(eq(datePollMarks.pollId, input.pollId), eq(datePollMarks.invitationId, found.invitationId)),
        );
    } else {
      await tx.insert(datePollAnswers).values({
        pollId: input.pollId,
        invitationId: found.invitationId,
        note: input.note,
        answeredAt: dateOf(now),
      });
    }
    await tx.insert(datePollMarks).values(
      record.options.map((option) => ({
        pollId: input.pollId,
        optionId: option.id,
        invitationId: found.invitationId,
        mark: input.marks[option.id] as NonNullable<(typeof input.marks)[string]>,
      })),
    );
    await recordAudit(
      tx,
      actor,
      {
        action: "date_poll.marked",
        subjectType: "ceremony",
        subjectId: found.ceremonyId,
        summary: { poll: input.pollId, marks: record.options.map((o) => input.marks[o.id]) },
      },
      now,
    );
    return { version: (mine?.version ?? 0) + 1 };
  });
}
