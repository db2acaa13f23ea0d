import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { ceremonies, ceremonyTransitions, datePolls } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { allowedTransitions, canTransition, isEditable } from "@/lib/domain/ceremony-lifecycle";
import { AppError } from "@/lib/errors";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { staleWrite } from "@/lib/services/shared/stale-write";
import { dateOf, type Instant } from "@/lib/time";
import { transitionSchema } from "@/lib/validation/ceremony";
import { parseInput } from "@/lib/validation/parse-input";
import { ceremonyFormValues } from "./form-values";
import { loadForChange } from "./load-for-change";
import { notifyInvitees } from "./notify-invitees";

/** Moves a ceremony along its lifecycle with a reason kept in its history; postponing or cancelling tells invitees. */
export async function transitionCeremony(db: Db, boss: PgBoss, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "ceremonies.manage");
  const input = parseInput(transitionSchema, raw);
  return db.transaction(async (tx) => {
    const { ceremony, invitees } = await loadForChange(tx, input.id);
    if (ceremony.version !== input.version)
      throw staleWrite(ceremonyFormValues(ceremony), `Ceremony ${ceremony.label}`);
    if (!canTransition(ceremony.status, input.to)) {
      const allowed = allowedTransitions(ceremony.status);
      throw new AppError("invalid_input", `A ${ceremony.status} ceremony cannot become ${input.to}.`, {
        to: allowed.length
          ? `From ${ceremony.status} it can become: ${allowed.join(", ")}.`
          : `${ceremony.status} is final.`,
      });
    }
    if (input.to === "held" && ceremony.startsAt.getTime() > now) {
      throw new AppError("invalid_input", "A ceremony can be marked held only once it has started.", {
        to: "Not yet started.",
      });
    }
    const [row] = await tx
      .update(ceremonies)
      .set({ status: input.to, version: sql`${ceremonies.version} + 1`, updatedAt: dateOf(now) })
      .where(and(eq(ceremonies.id, ceremony.id), eq(ceremonies.version, input.version)))
      .returning();
    if (!row) throw staleWrite(ceremonyFormValues(ceremony), `Ceremony ${ceremony.label}`);
    await tx.insert(ceremonyTransitions).values({
      ceremonyId: ceremony.id,
      fromStatus: ceremony.status,
      toStatus: input.to,
      reason: input.reason,
      actorId: actor.id,
    });
    // A held or cancelled ceremony's date is settled: an open date poll closes without a date.
    if (!isEditable(input.to))
      await tx
        .update(datePolls)
        .set({ status: "withdrawn", closedBy: actor.id, closedAt: dateOf(now) })
        .where(and(eq(datePolls.ceremonyId, ceremony.id), eq(datePolls.status, "open")));
    await recordAudit(
      tx,
      actor,
      {
        action: "ceremony.transition",
        subjectType: "ceremony",
        subjectId: ceremony.id,
        summary: { before: { status: ceremony.status }, after: { status: input.to }, reason: input.reason },
      },
      now,
    );
    if ((input.to === "postponed" || input.to === "cancelled") && invitees.length > 0) {
      await notifyInvitees(tx, boss, { ...row, facility: ceremony.facility }, invitees, {
        change: input.to,
        reason: input.reason,
        details: [],
        eventKey: `ceremony:${row.id}:v${row.version}`,
      });
    }
    await refreshVerdicts(tx, boss, actor, { ceremonyIds: [row.id] }, now);
    return row;
  });
}
