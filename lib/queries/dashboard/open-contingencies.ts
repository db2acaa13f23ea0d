import "server-only";
import type { Queryable } from "@/db/client";
import { nextEscalationAt } from "@/lib/domain/contingency/escalation";
import type { Instant } from "@/lib/time";
import { listContingencies } from "../contingency/list";

/** Open workflows, most urgent first, each with when it next escalates if nobody acknowledges it. */
export async function openContingencies(db: Queryable, now: Instant) {
  const rows = await listContingencies(db);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    state: row.state,
    deadlineAt: row.deadlineAt,
    nextEscalationAt: nextEscalationAt({
      openedAt: row.openedAt.getTime(),
      acknowledgedAt: row.acknowledgedAt?.getTime() ?? null,
      escalationHours: row.escalationHours,
      levels: row.escalationLevels,
      now,
    }),
  }));
}
