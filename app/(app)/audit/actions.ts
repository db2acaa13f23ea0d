"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { managed } from "@/lib/actions/managed-action";
import { makeCheckpoint } from "@/lib/services/audit/make-checkpoint";

export async function makeCheckpointAction(_: FormState, _form: FormData): Promise<FormState> {
  return managed("audit.checkpoint", async ({ actor, db, now }) => {
    const outcome = await makeCheckpoint(db, actor, now);
    revalidatePath("/audit");
    return {
      status: "ok",
      message: outcome.created
        ? `Checkpoint #${outcome.checkpoint.id} signed: ${outcome.checkpoint.eventCount} events up to #${outcome.checkpoint.headId}.`
        : "No events since the last checkpoint: it still covers the whole trail.",
    };
  });
}
