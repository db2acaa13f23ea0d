import "server-only";
import type { Queryable } from "@/db/client";
import { AppError } from "@/lib/errors";
import { type CeremonyPlanning, loadCeremonyPlanning } from "@/lib/queries/planning/load-quorum";

/** The ceremony with its roster, or not_found. Services read it inside their transaction. */
export async function loadForChange(tx: Queryable, id: string): Promise<CeremonyPlanning> {
  const planning = (await loadCeremonyPlanning(tx, [id])).get(id);
  if (!planning) throw new AppError("not_found", "This ceremony does not exist (it may have been removed).");
  return planning;
}
