"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { managed } from "@/lib/actions/managed-action";
import { markRead } from "@/lib/services/inbox/mark-read";
import { formObject } from "@/lib/validation/parse-input";

export async function markReadAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("inbox.view", async ({ actor, db, now }) => {
    const changed = await markRead(db, actor, formObject(form), now);
    revalidatePath("/", "layout");
    return { status: "ok", message: changed === 1 ? "Marked read." : `${changed} notices marked read.` };
  });
}
