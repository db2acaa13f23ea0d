import "server-only";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { credentialSeats } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { auditChange } from "@/lib/services/shared/audit-change";
import type { Instant } from "@/lib/time";
import { changeSeatStatusInput } from "@/lib/validation/credential-set";
import { parseInput } from "@/lib/validation/parse-input";
import { findSeat } from "./find-seat";
import { lockSet, setIsFull } from "./locked-set";

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
