import "server-only";
import type { Tx } from "@/db/client";
import { travelRestrictions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { auditChange } from "@/lib/services/shared/audit-change";
import type { Instant } from "@/lib/time";
import { type RestrictionValues, restrictionColumns } from "@/lib/validation/restriction";

/** Inserts one restriction with its audit event; the caller refreshes verdicts once per transaction. */
export async function insertRestriction(
  tx: Tx,
  actor: Actor,
  values: RestrictionValues,
  source: "form" | "csv",
  now: Instant,
) {
  const [row] = await tx
    .insert(travelRestrictions)
    .values(restrictionColumns(values))
    .returning({ id: travelRestrictions.id });
  const id = row?.id as string;
  await auditChange(tx, actor, "travel_restriction.create", id, { source, before: null, after: values }, now);
  return id;
}
