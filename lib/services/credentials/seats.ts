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
import { addSeatInput, changeSeatStatusInput, SEAT_UNIQUE } from "@/lib/validation/credential-set";
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

export async function changeSeatStatus(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  input: Record<string, unknown>,
  now: Instant,
) {
  authorize(actor, "credentials.manage");
  const { seatId, status } = parseInput(changeSeatStatusInput, input);
  return db.transaction(async (tx) => {
    const seat = await findSeat(tx, seatId);
    const { set, active } = await lockSet(tx, seat.setId);
    if (seat.status === status) return { id: seatId, changed: false };
    if (status === "active" && active >= set.size) throw setIsFull(set, "status");
    await tx.update(credentialSeats).set({ status }).where(eq(credentialSeats.id, seatId));
    await auditChange(
      tx,
      actor,
      "credential_seat.status_changed",
      seatId,
      {
        before: { status: seat.status },
        after: { status },
        set: set.code,
        label: seat.label,
      },
      now,
    );
    await refreshVerdicts(tx, boss, actor, { allLive: true }, now);
    return { id: seatId, changed: true };
  });
}

export async function findSeat(tx: Pick<Db, "select">, seatId: string, field = "seatId") {
  const [seat] = await tx.select().from(credentialSeats).where(eq(credentialSeats.id, seatId));
  if (!seat) throw new AppError("not_found", "That seat does not exist.", { [field]: "Not found." });
  return seat;
}
