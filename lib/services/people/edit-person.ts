import "server-only";
import { eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { auditChange } from "@/lib/services/shared/audit-change";
import { expectVersion } from "@/lib/services/shared/expect-version";
import type { Instant } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";
import { editPersonInput, personValues } from "@/lib/validation/person";

/** Saves a person's roles, home, zone and whether they may sign in; refreshes verdicts when quorum may move. */
export async function editPerson(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  input: Record<string, unknown>,
  now: Instant,
) {
  authorize(actor, "people.manage");
  const { id, version, ...rest } = parseInput(editPersonInput, input);
  const values = personValues(rest);
  if (id === actor.id && (!values.active || !values.roles.includes("coordinator"))) {
    // Locking yourself out would leave no one able to undo it from this page.
    throw new AppError("invalid_input", "You cannot remove your own coordinator access.", {
      roles: "Keep the coordinator role and active status on your own account.",
    });
  }
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(people).where(eq(people.id, id)).for("update");
    const before = expectVersion(row, version, "This person", personValues);
    await tx
      .update(people)
      .set({ ...values, version: sql`${people.version} + 1` })
      .where(eq(people.id, id));
    await auditChange(tx, actor, "person.update", id, { before, after: values }, now);
    const quorumMoves =
      before.homeCountry !== values.homeCountry || before.roles.join() !== values.roles.join();
    if (quorumMoves) await refreshVerdicts(tx, boss, actor, { allLive: true }, now);
    return { id };
  });
}
