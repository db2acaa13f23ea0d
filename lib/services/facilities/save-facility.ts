import "server-only";
import { eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { facilities } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { auditChange } from "@/lib/services/shared/audit-change";
import { expectVersion } from "@/lib/services/shared/expect-version";
import { withUniqueFields } from "@/lib/services/shared/unique-violation";
import type { Instant } from "@/lib/time";
import {
  editFacilityInput,
  FACILITY_UNIQUE,
  facilityFields,
  facilityValues,
} from "@/lib/validation/facility";
import { parseInput } from "@/lib/validation/parse-input";

export async function addFacility(db: Db, actor: Actor, input: Record<string, unknown>, now: Instant) {
  authorize(actor, "facilities.manage");
  const values = parseInput(facilityFields, input);
  return withUniqueFields(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx.insert(facilities).values(values).returning({ id: facilities.id });
        const id = row?.id as string;
        await auditChange(tx, actor, "facility.create", id, { before: null, after: values }, now);
        return { id };
      }),
    FACILITY_UNIQUE,
  );
}

/** Saves a facility unless someone saved it since the form was shown (its version moved). */
export async function editFacility(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  input: Record<string, unknown>,
  now: Instant,
) {
  authorize(actor, "facilities.manage");
  const { id, version, ...values } = parseInput(editFacilityInput, input);
  return withUniqueFields(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx.select().from(facilities).where(eq(facilities.id, id)).for("update");
        const before = expectVersion(row, version, "This facility", facilityValues);
        await tx
          .update(facilities)
          .set({ ...values, version: sql`${facilities.version} + 1` })
          .where(eq(facilities.id, id));
        await auditChange(tx, actor, "facility.update", id, { before, after: values }, now);
        // Travel restrictions are matched on the facility's country.
        if (before.country !== values.country) await refreshVerdicts(tx, boss, actor, { allLive: true }, now);
        return { id };
      }),
    FACILITY_UNIQUE,
  );
}
