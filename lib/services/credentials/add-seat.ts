import "server-only";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { credentialSeats, people } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { auditChange } from "@/lib/services/shared/audit-change";
import { withUniqueFields } from "@/lib/services/shared/unique-violation";
import type { Instant } from "@/lib/time";
import { addSeatInput, SEAT_UNIQUE } from "@/lib/validation/credential-set";
import { parseInput } from "@/lib/validation/parse-input";
import { lockSet, setIsFull } from "./locked-set";

/** Gives a person a seat (card) in a set; an active seat needs a free place among the set's n. */
export async function addSeat(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  input: Record<string, unknown>,
  now: Instant,
) {
  authorize(actor, "credentials.manage");
  const values = parseInput(addSeatInput, input);
  return withUniqueFields(
    () =>
      db.transaction(async (tx) => {
        const { set, active } = await lockSet(tx, values.setId);
        const [person] = await tx
          .select({ id: people.id })
          .from(people)
          .where(eq(people.id, values.personId));
        if (!person)
          throw new AppError("not_found", "That person does not exist.", { personId: "Not found." });
        if (values.status === "active" && active >= set.size) throw setIsFull(set, "status");
        const [row] = await tx.insert(credentialSeats).values(values).returning({ id: credentialSeats.id });
        const id = row?.id as string;
        await auditChange(
          tx,
          actor,
          "credential_seat.create",
          id,
          {
            before: null,
            after: { ...values, set: set.code },
          },
          now,
        );
        await refreshVerdicts(tx, boss, actor, { allLive: true }, now);
        return { id };
      }),
    SEAT_UNIQUE,
  );
}
