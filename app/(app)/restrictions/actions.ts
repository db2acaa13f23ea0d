"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { managed } from "@/lib/actions/managed-action";
import { endRestriction } from "@/lib/services/restrictions/end-restriction";
import { importRestrictions } from "@/lib/services/restrictions/import-restrictions";
import { addRestriction, editRestriction } from "@/lib/services/restrictions/save-restriction";
import { formObject } from "@/lib/validation/parse-input";
import { describeRestriction } from "./describe";

export async function addRestrictionAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("restrictions.manage", async ({ actor, db, boss, now }) => {
    const { id } = await addRestriction(db, boss, actor, formObject(form), now);
    revalidatePath("/restrictions", "layout");
    redirect(`/restrictions/${id}`);
  });
}

export async function editRestrictionAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("restrictions.manage", async ({ actor, db, boss, now }) => {
    await editRestriction(db, boss, actor, formObject(form), now);
    revalidatePath("/restrictions", "layout");
    return { status: "ok", message: "Restriction saved; ceremony verdicts were re-checked." };
  });
}

export async function endRestrictionAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("restrictions.manage", async ({ actor, db, boss, now }) => {
    await endRestriction(db, boss, actor, formObject(form), now);
    revalidatePath("/restrictions", "layout");
    return { status: "ok", message: "Restriction ended; ceremony verdicts were re-checked." };
  });
}

export async function importRestrictionsAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("restrictions.manage", async ({ actor, db, boss, now }) => {
    const file = form.get("file");
    const csv = file instanceof File && file.size > 0 ? await file.text() : String(form.get("csv") ?? "");
    const dryRun = form.get("dryRun") === "on";
    const { rows, imported } = await importRestrictions(db, boss, actor, { csv, dryRun }, now);
    const details = rows.map((r) => `line ${r.line}: ${describeRestriction(r)}`);
    if (dryRun)
      return {
        status: "ok",
        message: `All ${rows.length} rows are valid. Nothing was imported yet.`,
        details,
      };
    revalidatePath("/restrictions", "layout");
    return { status: "ok", message: `Imported ${imported.length} restrictions.`, details };
  });
}
