import "server-only";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { credentialSeats } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { auditChange } from "@/lib/services/shared/audit-change";
import type { Instant } from "@/lib/time";
import { promoteBackupInput } from "@/lib/validation/credential-set";
import { parseInput } from "@/lib/validation/parse-input";
import { findSeat } from "./find-seat";
import { lockSet } from "./locked-set";

const invalid = (field: string, message: string) =>
  new AppError("invalid_input", "Check the highlighted fields.", { [field]: message });

/**
 * Makes a backup seat active. When the set already has n active seats, the coordinator names the
 * active seat to retire, and both changes commit together or not at all.
 */
export async function promoteBackup(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  input: Record<string, unknown>,
  now: Instant,
) {
  authorize(actor, "credentials.manage");
  const { seatId, retireSeatId } = parseInput(promoteBackupInput, input);
  return db.transaction(async (tx) => {
    const seat = await findSeat(tx, seatId);
    const { set, active } = await lockSet(tx, seat.setId);
    if (seat.status !== "backup") throw invalid("seatId", `${seat.label} is ${seat.status}, not a backup.`);
    const retired = retireSeatId ? await findSeat(tx, retireSeatId, "retireSeatId") : null;
    if (retired && (retired.setId !== set.id || retired.status !== "active")) {
      throw invalid("retireSeatId", `Choose an active seat of ${set.code} to retire.`);
    }
    if (!retired && active >= set.size) {
      throw invalid(
        "retireSeatId",
        `${set.code} already has ${set.size} active seats: choose one to retire.`,
      );
    }
    if (retired) {
      await tx.update(credentialSeats).set({ status: "retired" }).where(eq(credentialSeats.id, retired.id));
    }
    await tx.update(credentialSeats).set({ status: "active" }).where(eq(credentialSeats.id, seat.id));
    await auditChange(
      tx,
      actor,
      "credential_seat.promoted",
      seat.id,
      {
        set: set.code,
        before: { [seat.label]: "backup", ...(retired ? { [retired.label]: "active" } : {}) },
        after: { [seat.label]: "active", ...(retired ? { [retired.label]: "retired" } : {}) },
      },
      now,
    );
    await refreshVerdicts(tx, boss, actor, { allLive: true }, now);
    return { id: seat.id, retiredId: retired?.id ?? null };
  });
}
