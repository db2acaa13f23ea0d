import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { invitations, people } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { isEditable } from "@/lib/domain/ceremony-lifecycle";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/services/notify/notify";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { dateOf, type Instant } from "@/lib/time";
import { inviteSchema } from "@/lib/validation/ceremony";
import { parseInput } from "@/lib/validation/parse-input";
import { loadForChange } from "./load-for-change";
import { invitationProps } from "./notify-invitees";

/** Invites people to a ceremony; each new invitee gets one invitation email. Re-inviting is a no-op. */
export async function invitePeople(db: Db, boss: PgBoss, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "ceremonies.manage");
  const input = parseInput(inviteSchema, raw);
  return db.transaction(async (tx) => {
    const { ceremony } = await loadForChange(tx, input.id);
    if (!isEditable(ceremony.status))
      throw new AppError("invalid_input", `${ceremony.label} is ${ceremony.status}: nobody can be invited.`);
    const ids = [...new Set(input.personIds)];
    const found = await tx
      .select()
      .from(people)
      .where(and(inArray(people.id, ids), eq(people.active, true)));
    if (found.length !== ids.length) {
      throw new AppError("invalid_input", "Some of the chosen people do not exist or are inactive.", {
        personIds: "Choose people from the list.",
      });
    }
    const inserted = await tx
      .insert(invitations)
      .values(
        found.map((person) => ({ ceremonyId: ceremony.id, personId: person.id, invitedAt: dateOf(now) })),
      )
      .onConflictDoNothing({ target: [invitations.ceremonyId, invitations.personId] })
      .returning({ id: invitations.id, personId: invitations.personId });
    const byId = new Map(found.map((person) => [person.id, person]));
    await notify(tx, boss, {
      event: "invitation.sent",
      key: `invitation:${ceremony.id}`,
      recipients: found
        .filter((person) => inserted.some((i) => i.personId === person.id))
        .map((person) => ({ ...person, personId: person.id })),
      message: (person) => ({
        template: "invitation",
        props: invitationProps(ceremony, person),
      }),
    });
    if (inserted.length > 0) {
      await recordAudit(
        tx,
        actor,
        {
          action: "ceremony.invite",
          subjectType: "ceremony",
          subjectId: ceremony.id,
          summary: { after: { invited: inserted.map((i) => byId.get(i.personId)?.email) } },
        },
        now,
      );
      await refreshVerdicts(tx, boss, actor, { ceremonyIds: [ceremony.id] }, now);
    }
    return { invited: inserted.length, alreadyInvited: found.length - inserted.length };
  });
}
