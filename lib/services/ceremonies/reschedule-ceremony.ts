import "server-only";
import type { PgBoss } from "pg-boss";
import { z } from "zod";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { Instant } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";
import { ceremonyFormValues } from "./form-values";
import { loadForChange } from "./load-for-change";
import { updateCeremony } from "./update-ceremony";

const rescheduleSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().min(1),
  facilityId: z.uuid(),
  date: z.string(),
  time: z.string(),
  reason: z.string().trim().max(500).optional(),
});

/**
 * Moves a ceremony to a date (and facility) picked in the date finder, keeping everything else; the
 * standby date moves with it. Same checks, reason and notices as an edit.
 */
export async function rescheduleCeremony(db: Db, boss: PgBoss, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "ceremonies.manage");
  const input = parseInput(rescheduleSchema, raw);
  const { ceremony } = await loadForChange(db, input.id);
  const current = ceremonyFormValues(ceremony);
  return updateCeremony(
    db,
    boss,
    actor,
    {
      ...current,
      version: input.version,
      facilityId: input.facilityId,
      date: input.date,
      time: input.time,
      standbyDate: "",
      reason: input.reason,
    },
    now,
  );
}
