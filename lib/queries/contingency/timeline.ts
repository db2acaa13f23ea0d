import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { contingencyEvents } from "@/db/schema";
import { describeEvent } from "@/lib/domain/contingency/describe-event";

export interface TimelineEntry {
  id: string;
  at: Date;
  kind: string;
  actorLabel: string;
  text: string;
  detail: Record<string, unknown>;
}

/** A workflow's events in the order they happened (`seq` breaks ties between events of one instant). */
export async function loadTimeline(db: Queryable, contingencyId: string): Promise<TimelineEntry[]> {
  const rows = await db
    .select()
    .from(contingencyEvents)
    .where(eq(contingencyEvents.contingencyId, contingencyId))
    .orderBy(asc(contingencyEvents.at), asc(sql`(${contingencyEvents.detail}->>'seq')::int`));
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    kind: row.kind,
    actorLabel: row.actorLabel,
    text: describeEvent(row.kind, row.detail),
    detail: row.detail,
  }));
}
