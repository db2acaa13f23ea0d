import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { z } from "zod";
import type { Db, Queryable } from "@/db/client";
import { ceremonies, ceremonyRequirements, ceremonyTransitions, facilities, invitations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { isEditable, statusAfterReschedule } from "@/lib/domain/ceremony-lifecycle";
import type { Answer } from "@/lib/domain/quorum/vocabulary";
import { AppError } from "@/lib/errors";
import { groupBy } from "@/lib/group-by";
import { followCeremonyMove } from "@/lib/services/contingency/follow-deadline";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { staleWrite } from "@/lib/services/shared/stale-write";
import { dateOf, type Instant } from "@/lib/time";
import { formatMeeting } from "@/lib/time/format";
import { updateCeremonySchema } from "@/lib/validation/ceremony";
import { parseInput } from "@/lib/validation/parse-input";
import { askAgain, recipientsAskedAgain } from "./ask-again";
import { resolveCeremonyTime } from "./ceremony-time";
import { requirementsAtFacility } from "./facility-credential-sets";
import { ceremonyFormValues } from "./form-values";
import { loadForChange } from "./load-for-change";
import { notifyInvitees } from "./notify-invitees";

/** A ceremony moving to `facility` needs that facility's credentials: its requirements follow. */
async function moveCredentialSets(tx: Queryable, ceremonyId: string, facility: { id: string; name: string }) {
  const rows = await tx
    .select()
    .from(ceremonyRequirements)
    .where(eq(ceremonyRequirements.ceremonyId, ceremonyId));
  const { requirements, replaced } = await requirementsAtFacility(tx, facility, rows, "facilityId");
  // A ceremony has a handful of requirements; only the swapped ones are written.
  for (const [index, requirement] of requirements.entries()) {
    if (requirement.credentialSetId !== rows[index]?.credentialSetId)
      await tx
        .update(ceremonyRequirements)
        .set({ credentialSetId: requirement.credentialSetId })
        .where(eq(ceremonyRequirements.id, requirement.id));
  }
  return replaced;
}

/**
 * Saves a ceremony's details if nobody saved since the form was loaded (version check). Moving the
 * date, time or facility needs a reason: History records old → new with it, every answer waits for
 * re-confirmation, and every invitee is told why, with the updated calendar entry; a postponed
 * ceremony that gets a new date is scheduled again.
 */
export async function updateCeremony(db: Db, boss: PgBoss, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "ceremonies.manage");
  const input = parseInput(updateCeremonySchema, raw);
  return db.transaction((tx) => changeCeremony(tx, boss, actor, input, now));
}

/** Answers taken from a date poll's marks for the chosen date: they count at once, nobody is asked again. */
export type PollAnswers = ReadonlyMap<string, Answer>;

async function answerFromPoll(tx: Queryable, answers: PollAnswers, now: Instant) {
  const byAnswer = groupBy([...answers], ([, answer]) => answer);
  for (const rows of byAnswer.values()) {
    const answer = (rows[0] as (typeof rows)[number])[1];
    await tx
      .update(invitations)
      .set({
        response: answer,
        previousResponse: null,
        respondedAt: dateOf(now),
        version: sql`${invitations.version} + 1`,
      })
      .where(
        inArray(
          invitations.id,
          rows.map(([id]) => id),
        ),
      );
  }
}

/**
 * The body of updateCeremony inside the caller's transaction. A date chosen in a poll passes the marks
 * for that date as `pollAnswers`: those invitees' answers are set from them, and every invitee is told.
 */
export async function changeCeremony(
  tx: Queryable,
  boss: PgBoss,
  actor: Actor,
  input: z.output<typeof updateCeremonySchema>,
  now: Instant,
  pollAnswers?: PollAnswers,
) {
  const before = await loadForChange(tx, input.id);
  const old = before.ceremony;
  if (old.version !== input.version) throw staleWrite(ceremonyFormValues(old), `Ceremony ${old.label}`);
  if (!isEditable(old.status)) {
    throw new AppError("invalid_input", `${old.label} is ${old.status}: its details can no longer change.`);
  }
  const [facility] = await tx.select().from(facilities).where(eq(facilities.id, input.facilityId));
  if (!facility)
    throw new AppError("invalid_input", "Check the facility.", {
      facilityId: "Choose a facility from the list.",
    });
  const [clash] = await tx
    .select({ id: ceremonies.id })
    .from(ceremonies)
    .where(and(eq(ceremonies.label, input.label), ne(ceremonies.id, old.id)));
  if (clash)
    throw new AppError("invalid_input", "Check the label.", { label: `${input.label} is already used.` });
  const { startsAt, standbyDate } = resolveCeremonyTime(input, facility.timeZone, now);
  const status = statusAfterReschedule(old.status);
  const moved = startsAt.getTime() !== old.startsAt.getTime() || facility.id !== old.facilityId;
  if (moved && (input.reason ?? "").length < 3) {
    throw new AppError("invalid_input", "Give the reason for the move.", {
      reason: "Say why the ceremony moves: it is kept in the history and sent to every invitee.",
    });
  }
  if (old.status === "postponed" && !moved) {
    throw new AppError("invalid_input", "Give the postponed ceremony a new date or facility.", {
      date: "Choose the new date.",
    });
  }
  const [row] = await tx
    .update(ceremonies)
    .set({
      label: input.label,
      kind: input.kind,
      facilityId: facility.id,
      timeZone: facility.timeZone,
      startsAt,
      durationMinutes: input.durationMinutes,
      standbyDate,
      agenda: input.agenda,
      status,
      version: sql`${ceremonies.version} + 1`,
      updatedAt: dateOf(now),
    })
    .where(and(eq(ceremonies.id, old.id), eq(ceremonies.version, input.version)))
    .returning();
  if (!row) throw staleWrite(ceremonyFormValues(old), `Ceremony ${old.label}`);
  const setsReplaced = facility.id === old.facilityId ? [] : await moveCredentialSets(tx, old.id, facility);
  const details = [
    startsAt.getTime() !== old.startsAt.getTime() &&
      `Start: ${formatMeeting(old.startsAt, old.timeZone)} → ${formatMeeting(startsAt, facility.timeZone)}`,
    facility.id !== old.facilityId && `Facility: ${old.facility.name} → ${facility.name}`,
    input.durationMinutes !== old.durationMinutes &&
      `Duration: ${old.durationMinutes} → ${input.durationMinutes} minutes`,
    standbyDate !== old.standbyDate && `Standby date: ${old.standbyDate ?? "none"} → ${standbyDate}`,
    ...setsReplaced.map(({ from, to }) => `Credential set: ${from} → ${to}`),
  ].filter((line): line is string => Boolean(line));
  if (moved) await askAgain(tx, old.id);
  const answeredInPoll = new Set(
    before.invitees.filter((i) => pollAnswers?.has(i.invitationId)).map((i) => i.personId),
  );
  if (pollAnswers) {
    await answerFromPoll(tx, pollAnswers, now);
    details.push("Date chosen in the date poll");
  }
  if (moved || status !== old.status) {
    await tx.insert(ceremonyTransitions).values({
      ceremonyId: old.id,
      fromStatus: old.status,
      toStatus: status,
      reason: input.reason || `Rescheduled to ${formatMeeting(startsAt, facility.timeZone)}`,
      changes: moved ? details : [],
      actorId: actor.id,
    });
  }
  await recordAudit(
    tx,
    actor,
    {
      action: "ceremony.update",
      subjectType: "ceremony",
      subjectId: old.id,
      summary: {
        before: ceremonyFormValues(old),
        after: ceremonyFormValues({ ...row, facility }),
        ...(setsReplaced.length > 0 ? { credentialSets: setsReplaced } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
      },
    },
    now,
  );
  if (details.length > 0 && before.invitees.length > 0) {
    const recipients = (moved ? recipientsAskedAgain(before.invitees) : before.invitees).map((r) =>
      answeredInPoll.has(r.personId) ? { ...r, previousAnswer: null } : r,
    );
    await notifyInvitees(tx, boss, { ...row, facility }, recipients, {
      change: "changed",
      reason: input.reason || null,
      details,
      eventKey: `ceremony:${row.id}:v${row.version}`,
    });
  }
  await refreshVerdicts(tx, boss, actor, { ceremonyIds: [row.id] }, now);
  if (startsAt.getTime() !== old.startsAt.getTime()) await followCeremonyMove(tx, row.id, startsAt, now);
  return { ...row, facility };
}
