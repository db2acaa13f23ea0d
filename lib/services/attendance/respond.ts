import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { z } from "zod";
import type { Db } from "@/db/client";
import { invitations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { recordDenial } from "@/lib/audit/record-denial";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { mayAnswerInvitation } from "@/lib/auth/policy";
import { isEditable } from "@/lib/domain/ceremony-lifecycle";
import { ANSWERS } from "@/lib/domain/quorum/vocabulary";
import { words } from "@/lib/domain/words";
import { AppError } from "@/lib/errors";
import { loadInvitation } from "@/lib/queries/planning/invitation";
import { summaryFor } from "@/lib/services/ceremonies/notify-invitees";
import { notify } from "@/lib/services/notify/notify";
import { refreshVerdictLater } from "@/lib/services/planning/refresh-verdicts";
import { staleWrite } from "@/lib/services/shared/stale-write";
import { dateOf, type Instant } from "@/lib/time";
import { countryField, noteField } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";

export const respondSchema = z.object({
  invitationId: z.uuid({ error: "Unknown invitation." }),
  version: z.coerce.number().int().min(1),
  response: z.enum(ANSWERS, { error: "Choose your answer." }),
  note: noteField,
  travelOrigin: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v : null),
    countryField.nullable(),
  ),
});

/**
 * A TCR answers their own invitation. Resubmitting the same answer (a double click, a retried request)
 * changes nothing and sends nothing; a different answer on a stale form is refused as a conflict.
 */
export async function respondToInvitation(db: Db, boss: PgBoss, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "invitation.respond");
  const input = parseInput(respondSchema, raw);
  const found = await loadInvitation(db, input.invitationId);
  if (!found || !mayAnswerInvitation(actor, found.invitation)) {
    await recordDenial(db, actor, "invitation.respond", now, { record: input.invitationId });
    throw new AppError("not_found", "This invitation does not exist or is not yours.");
  }
  const { invitation: mine, person, ceremony } = found;
  if (!isEditable(ceremony.status)) {
    throw new AppError("invalid_input", `${ceremony.label} is ${ceremony.status}: answers are closed.`);
  }
  const same =
    mine.response === input.response && mine.note === input.note && mine.travelOrigin === input.travelOrigin;
  if (same) return { changed: false, version: mine.version };
  return db.transaction(async (tx) => {
    const current = {
      response: mine.response,
      note: mine.note ?? "",
      travelOrigin: mine.travelOrigin ?? "",
      version: mine.version,
    };
    if (mine.version !== input.version) throw staleWrite(current, "Your answer");
    const [row] = await tx
      .update(invitations)
      .set({
        response: input.response,
        // Any answer, the old one confirmed or a new one, ends a pending re-confirmation.
        previousResponse: null,
        note: input.note,
        travelOrigin: input.travelOrigin,
        respondedAt: dateOf(now),
        version: sql`${invitations.version} + 1`,
      })
      .where(and(eq(invitations.id, mine.id), eq(invitations.version, input.version)))
      .returning();
    if (!row) throw staleWrite(current, "Your answer");
    await notify(tx, boss, {
      event: "response.recorded",
      key: `response:${mine.id}:v${row.version}`,
      recipients: [{ ...person, personId: person.id }],
      message: (recipient) => ({
        template: "response_received",
        props: {
          ...summaryFor(ceremony, recipient),
          name: person.name,
          response: words(row.response),
          note: row.note,
          travelOrigin: row.travelOrigin,
        },
      }),
    });
    // The quorum is judged again in the worker, after commit: the pages compute it live from the
    // answers, so the TCR's next page already shows it; only the stored verdict and its notice follow.
    await refreshVerdictLater(tx, boss, ceremony.id);
    // Last, so the audit chain's lock is held only for the insert and the commit.
    await recordAudit(
      tx,
      actor,
      {
        action: "invitation.respond",
        subjectType: "invitation",
        subjectId: mine.id,
        summary: {
          ceremony: ceremony.label,
          before: {
            response: mine.response,
            travelOrigin: mine.travelOrigin,
            ...(mine.previousResponse ? { reconfirming: mine.previousResponse } : {}),
          },
          after: { response: row.response, travelOrigin: row.travelOrigin, noted: Boolean(row.note) },
        },
      },
      now,
    );
    return { changed: true, version: row.version };
  });
}
