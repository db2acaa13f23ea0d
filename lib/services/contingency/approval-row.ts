import "server-only";
import type { Queryable } from "@/db/client";
import { contingencyApprovals } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { dateOf, type Instant } from "@/lib/time";
import type { LoadedWorkflow } from "./load-workflow";

// Approvals are given by each approver in their own session. They need no version: the unique
// constraint (workflow, option, step, person) makes a retry harmless, and the rules refuse a second one.

export const refuse = (message: string) => new AppError("invalid_input", message, { form: message });

export async function insertApproval(
  tx: Queryable,
  workflow: LoadedWorkflow,
  keys: { optionKey: string; stepKey: string },
  personId: string,
  note: string | null,
  now: Instant,
) {
  const [row] = await tx
    .insert(contingencyApprovals)
    .values({ contingencyId: workflow.row.id, ...keys, personId, note, approvedAt: dateOf(now) })
    .onConflictDoNothing()
    .returning();
  if (!row) throw refuse("You have already approved this.");
}
