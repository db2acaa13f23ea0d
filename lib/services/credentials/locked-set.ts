import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { credentialSeats, credentialSets } from "@/db/schema";
import { AppError } from "@/lib/errors";

/**
 * The set with its active seat count, locked for the rest of the transaction: every change that can add
 * an active seat takes this lock first, so two saves cannot both take the last free place.
 */
export async function lockSet(tx: Tx, setId: string, field = "setId") {
  const [set] = await tx.select().from(credentialSets).where(eq(credentialSets.id, setId)).for("update");
  if (!set) throw new AppError("not_found", "That credential set does not exist.", { [field]: "Not found." });
  const [row] = await tx
    .select({ n: count() })
    .from(credentialSeats)
    .where(and(eq(credentialSeats.setId, setId), eq(credentialSeats.status, "active")));
  return { set, active: row?.n ?? 0 };
}

export function setIsFull(set: { size: number; code: string }, field: string): AppError {
  return new AppError("invalid_input", `${set.code} already has ${set.size} active seats.`, {
    [field]: `The set holds at most ${set.size} active seats; retire one first or add this one as a backup.`,
  });
}
