"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/app/components/manage/action-state";
import { managed } from "@/lib/actions/managed-action";
import { formObject } from "@/lib/actions/parse-input";
import { updateCoverageSettings } from "@/lib/services/coverage/update-coverage-settings";

export async function updateCoverageSettingsAction(_: ActionState, form: FormData): Promise<ActionState> {
  return managed("coverage.configure", async ({ actor, db }) => {
    const saved = await updateCoverageSettings(db, actor, formObject(form));
    // The margin moves the latest useful start, so the dashboard's warnings change with it.
    revalidatePath("/coverage");
    revalidatePath("/dashboard");
    return {
      status: "ok",
      message: `Coverage settings saved: ${saved.processingMarginDays}-day margin, alerts at ${saved.alertDays.join(", ")} days.`,
    };
  });
}
