import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { ceremonies } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { loadCoverageState } from "@/lib/queries/coverage/coverage-state";
import type { Instant } from "@/lib/time";
import { openManualInput } from "@/lib/validation/contingency";
import { parseInput } from "@/lib/validation/parse-input";
import { openContingency } from "./open-contingency";

/**
 * Opens a workflow by hand with a reason (a safe that will not open, a facility closure), about one
 * ceremony or about the organisation. Its deadline is the ceremony's start, else the next SKR deadline.
 */
export async function openManualContingency(db: Db, boss: PgBoss, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "contingency.open");
  const input = parseInput(openManualInput, raw);
  return db.transaction(async (tx) => {
    let deadline: Date | null = null;
    if (input.ceremonyId) {
      const [ceremony] = await tx
        .select({ startsAt: ceremonies.startsAt })
        .from(ceremonies)
        .where(eq(ceremonies.id, input.ceremonyId));
      if (!ceremony)
        throw new AppError("invalid_input", "Check the highlighted fields.", {
          ceremonyId: "No such ceremony.",
        });
      deadline = ceremony.startsAt;
    } else {
      const { nextNeededBy } = await loadCoverageState(tx, now);
      deadline = nextNeededBy === null ? null : new Date(nextNeededBy);
    }
    const { row } = await openContingency(
      tx,
      boss,
      actor,
      {
        cause: "manual",
        causeKey: `manual:${randomUUID()}`,
        ceremonyId: input.ceremonyId ?? null,
        reason: input.reason,
        deadlineAt: deadline,
        playbookId: input.playbookId,
      },
      now,
    );
    return row;
  });
}
