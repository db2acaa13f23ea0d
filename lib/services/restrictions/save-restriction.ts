import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db, Tx } from "@/db/client";
import { travelRestrictions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { auditChange } from "@/lib/services/shared/audit-change";
import { staleWrite } from "@/lib/services/shared/stale-write";
import { dateOf, type Instant } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";
import {
  editRestrictionInput,
  restrictionColumns,
  restrictionFields,
  restrictionValues,
} from "@/lib/validation/restriction";
import { insertRestriction } from "./write-restriction";

export async function addRestriction(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  input: Record<string, unknown>,
  now: Instant,
) {
  authorize(actor, "restrictions.manage");
  const values = parseInput(restrictionFields, input);
  return db.transaction(async (tx) => {
    const id = await insertRestriction(tx, actor, values, "form", now);
    await refreshVerdicts(tx, boss, actor, { allLive: true }, now);
    return { id };
  });
}

/** Saves a restriction at the version the form showed; a newer version answers 409 with its values. */
export async function editRestriction(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  input: Record<string, unknown>,
  now: Instant,
) {
  authorize(actor, "restrictions.manage");
  const { id, version, ...values } = parseInput(editRestrictionInput, input);
  return db.transaction(async (tx) => {
    const before = await currentRestriction(tx, id);
    const [row] = await tx
      .update(travelRestrictions)
      .set({
        ...restrictionColumns(values),
        version: sql`${travelRestrictions.version} + 1`,
        updatedAt: dateOf(now),
      })
      .where(and(eq(travelRestrictions.id, id), eq(travelRestrictions.version, version)))
      .returning({ version: travelRestrictions.version });
    if (!row) throw staleWrite(before, "This travel restriction");
    await auditChange(
      tx,
      actor,
      "travel_restriction.update",
      id,
      {
        before,
        after: { ...values, version: row.version },
      },
      now,
    );
    await refreshVerdicts(tx, boss, actor, { allLive: true }, now);
    return { id, version: row.version };
  });
}

/** The stored restriction in form terms, or not_found. */
export async function currentRestriction(tx: Tx, id: string) {
  const [row] = await tx.select().from(travelRestrictions).where(eq(travelRestrictions.id, id));
  if (!row) throw new AppError("not_found", "That travel restriction does not exist.");
  return restrictionValues(row);
}
