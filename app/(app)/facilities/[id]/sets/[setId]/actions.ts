"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { managed } from "@/lib/actions/managed-action";
import { addSeat } from "@/lib/services/credentials/add-seat";
import { changeSeatStatus } from "@/lib/services/credentials/change-seat-status";
import { promoteBackup } from "@/lib/services/credentials/promote-backup";
import { formObject } from "@/lib/validation/parse-input";

// Seats show on the set page and on each holder's page: both are refreshed after a change.
function refreshSeatPages() {
  revalidatePath("/facilities", "layout");
  revalidatePath("/people", "layout");
}

export async function addSeatAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("credentials.manage", async ({ actor, db, boss, now }) => {
    await addSeat(db, boss, actor, formObject(form), now);
    refreshSeatPages();
    return { status: "ok", message: "Seat added." };
  });
}

export async function changeSeatStatusAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("credentials.manage", async ({ actor, db, boss, now }) => {
    const { changed } = await changeSeatStatus(db, boss, actor, formObject(form), now);
    refreshSeatPages();
    return { status: "ok", message: changed ? "Status changed." : "No change." };
  });
}

export async function promoteBackupAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("credentials.manage", async ({ actor, db, boss, now }) => {
    const { retiredId } = await promoteBackup(db, boss, actor, formObject(form), now);
    refreshSeatPages();
    return {
      status: "ok",
      message: retiredId ? "Backup promoted; the chosen seat is retired." : "Backup promoted.",
    };
  });
}
