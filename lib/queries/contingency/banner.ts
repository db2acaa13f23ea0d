import "server-only";
import { count, eq, notInArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonies, contingencies } from "@/db/schema";
import { workflowTitle } from "@/lib/domain/contingency/title";
import { activeFirst } from "./list";

const active = notInArray(contingencies.state, ["resolved", "abandoned"]);

/** For the banner on every staff page: how many workflows are open, and the most urgent one. Two queries. */
export async function openContingencyBanner(db: Queryable) {
  const [[total], [top]] = await Promise.all([
    db.select({ n: count() }).from(contingencies).where(active),
    db
      .select({
        id: contingencies.id,
        cause: contingencies.cause,
        state: contingencies.state,
        reason: contingencies.reason,
        deadlineAt: contingencies.deadlineAt,
        openedAt: contingencies.openedAt,
        resolutionProposedAt: contingencies.resolutionProposedAt,
        ceremonyLabel: ceremonies.label,
      })
      .from(contingencies)
      .leftJoin(ceremonies, eq(ceremonies.id, contingencies.ceremonyId))
      .where(active)
      .orderBy(...activeFirst(), contingencies.openedAt)
      .limit(1),
  ]);
  return {
    count: total?.n ?? 0,
    mostUrgent: top ? { ...top, title: workflowTitle(top) } : null,
  };
}
