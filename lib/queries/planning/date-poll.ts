import "server-only";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { datePollAnswers, datePollMarks, datePollOptions, datePolls } from "@/db/schema";
import { evaluatePoll, type PollMark } from "@/lib/domain/quorum";
import type { Instant } from "@/lib/time";
import { signingDeadlines } from "./date-finder-calendar";
import { type CeremonyPlanning, loadCeremonyPlanning } from "./load-quorum";

export type PollRow = typeof datePolls.$inferSelect;
export interface PollAnswer {
  note: string | null;
  version: number;
  answeredAt: Date;
  marks: Map<string, PollMark>;
}
export interface PollRecord {
  poll: PollRow;
  options: { id: string; startsAt: Date }[];
  /** By invitation id. */
  answers: Map<string, PollAnswer>;
}

/**
 * A ceremony's poll as people see it: the open one, or else the latest closed one; null when it never
 * had one. One wave of four queries whatever the number of invitees or dates. `lock` (inside a
 * transaction) holds the poll row until commit, so marks and a decision never cross.
 */
export async function latestPoll(
  db: Queryable,
  ceremonyId: string,
  lock = false,
): Promise<PollRecord | null> {
  const latest = db
    .select({ id: datePolls.id })
    .from(datePolls)
    .where(eq(datePolls.ceremonyId, ceremonyId))
    .orderBy(sql`${datePolls.status} = 'open' desc`, desc(datePolls.createdAt))
    .limit(1);
  const pollQuery = db.select().from(datePolls).where(inArray(datePolls.id, latest));
  const [[poll], options, answers, marks] = await Promise.all([
    lock ? pollQuery.for("update") : pollQuery,
    db
      .select({ id: datePollOptions.id, startsAt: datePollOptions.startsAt })
      .from(datePollOptions)
      .where(inArray(datePollOptions.pollId, latest))
      .orderBy(asc(datePollOptions.startsAt)),
    db.select().from(datePollAnswers).where(inArray(datePollAnswers.pollId, latest)),
    db.select().from(datePollMarks).where(inArray(datePollMarks.pollId, latest)),
  ]);
  if (!poll) return null;
  const byInvitation = new Map<string, PollAnswer>();
  for (const answer of answers) {
    byInvitation.set(answer.invitationId, {
      note: answer.note,
      version: answer.version,
      answeredAt: answer.answeredAt,
      marks: new Map(),
    });
  }
  for (const mark of marks) byInvitation.get(mark.invitationId)?.marks.set(mark.optionId, mark.mark);
  return { poll, options, answers: byInvitation };
}

/** The poll's dates judged against the ceremony's requirements, invitees and rules, with the marks. */
export function judgePoll(
  planning: CeremonyPlanning,
  record: PollRecord,
  deadlines: Parameters<typeof evaluatePoll>[1]["deadlines"],
) {
  const marks = new Map<string, Map<string, PollMark>>();
  for (const invitee of planning.invitees) {
    const answer = record.answers.get(invitee.invitationId);
    if (answer) marks.set(invitee.personId, answer.marks);
  }
  const { ceremony, ...setup } = planning.input;
  return evaluatePoll(
    { ...setup, facility: ceremony.facility },
    {
      options: record.options.map((o) => ({ id: o.id, start: o.startsAt.getTime() })),
      durationMinutes: record.poll.durationMinutes,
      marks,
      deadlines,
    },
  );
}

/** The deadlines a ceremony's dates must start before: a key signing's coverage deadlines, else none. */
export function deadlinesFor(db: Queryable, planning: CeremonyPlanning, now: Instant) {
  return planning.ceremony.kind === "key_signing" ? signingDeadlines(db, now) : Promise.resolve([]);
}

/** The coordinator's poll page: the ceremony's planning, its poll and each date's verdict. */
export async function pollPage(db: Queryable, ceremonyId: string, now: Instant) {
  const [planning, record] = await Promise.all([
    loadCeremonyPlanning(db, [ceremonyId]).then((found) => found.get(ceremonyId)),
    latestPoll(db, ceremonyId),
  ]);
  if (!planning) return null;
  const outcomes = record ? judgePoll(planning, record, await deadlinesFor(db, planning, now)) : [];
  return { planning, record, outcomes };
}
