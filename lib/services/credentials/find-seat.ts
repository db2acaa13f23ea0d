import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { credentialSeats } from "@/db/schema";
import { AppError } from "@/lib/errors";

export async function findSeat(tx: Pick<Db, "select">, seatId: string, field = "seatId") {
  const [seat] = await tx.select().from(credentialSeats).where(eq(credentialSeats.id, seatId));
  if (!seat) throw new AppError("not_found", "That seat does not exist.", { [field]: "Not found." });
  return seat;
}
