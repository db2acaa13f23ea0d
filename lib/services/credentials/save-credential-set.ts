import "server-only";
import { eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { credentialSets, facilities } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { auditChange } from "@/lib/services/shared/audit-change";
import { expectVersion } from "@/lib/services/shared/expect-version";
import { withUniqueFields } from "@/lib/services/shared/unique-violation";
import type { Instant } from "@/lib/time";
import {
  addCredentialSetInput,
  credentialSetValues,
  editCredentialSetInput,
  SET_UNIQUE,
} from "@/lib/validation/credential-set";
import { parseInput } from "@/lib/validation/parse-input";
import { lockSet } from "./locked-set";

export async function addCredentialSet(db: Db, actor: Actor, input: Record<string, unknown>, now: Instant) {
  authorize(actor, "credentials.manage");
  const { facilityId, ...values } = parseInput(addCredentialSetInput, input);
  return withUniqueFields(
    () =>
      db.transaction(async (tx) => {
        const [facility] = await tx
          .select({ id: facilities.id })
          .from(facilities)
          .where(eq(facilities.id, facilityId));
        if (!facility) throw new AppError("not_found", "That facility does not exist.");
        const [row] = await tx
          .insert(credentialSets)
          .values({ facilityId, ...values })
          .returning({ id: credentialSets.id });
        const id = row?.id as string;
        await auditChange(
          tx,
          actor,
          "credential_set.create",
          id,
          {
            before: null,
            after: { facilityId, ...values },
          },
          now,
        );
        return { id };
      }),
    SET_UNIQUE,
  );
}

/** Saves m-of-n and the set's names; n may never drop below the active seats already in the set. */
export async function editCredentialSet(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  input: Record<string, unknown>,
  now: Instant,
) {
  authorize(actor, "credentials.manage");
  const { id, version, ...rest } = parseInput(editCredentialSetInput, input);
  const values = credentialSetValues(rest);
  return withUniqueFields(
    () =>
      db.transaction(async (tx) => {
        const { set, active } = await lockSet(tx, id, "id");
        const before = expectVersion(set, version, "This credential set", credentialSetValues);
        if (values.size < active) {
          throw new AppError("invalid_input", "Check the highlighted fields.", {
            size: `The set has ${active} active seats; retire some before making n smaller than ${active}.`,
          });
        }
        await tx
          .update(credentialSets)
          .set({ ...values, version: sql`${credentialSets.version} + 1` })
          .where(eq(credentialSets.id, id));
        await auditChange(tx, actor, "credential_set.update", id, { before, after: values }, now);
        await refreshVerdicts(tx, boss, actor, { allLive: true }, now);
        return { id };
      }),
    SET_UNIQUE,
  );
}
