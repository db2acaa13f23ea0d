"use server";

import { revalidatePath } from "next/cache";
import { formFiles } from "@/lib/actions/form-files";
import type { FormState } from "@/lib/actions/form-state";
import { managed } from "@/lib/actions/managed-action";
import { AppError } from "@/lib/errors";
import { addTrustAnchors } from "@/lib/services/coverage/add-trust-anchors";
import { removeTrustAnchor } from "@/lib/services/coverage/remove-trust-anchor";
import { updateCoverageSettings } from "@/lib/services/coverage/update-coverage-settings";
import { formObject } from "@/lib/validation/parse-input";

export async function updateCoverageSettingsAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("coverage.configure", async ({ actor, db, now }) => {
    const saved = await updateCoverageSettings(db, actor, formObject(form), now);
    // The margin moves the latest useful start, so the dashboard's warnings change with it.
    revalidateCoverage();
    return {
      status: "ok",
      message: `Coverage settings saved: ${saved.processingMarginDays}-day margin, alerts at ${saved.alertDays.join(", ")} days.`,
    };
  });
}

export async function addTrustAnchorsAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("coverage.configure", async ({ actor, db, boss, now }) => {
    const files = await formFiles(form, "anchorsFile");
    const pasted = String(form.get("anchors") ?? "");
    if (files.length > 1 || (files.length === 1 && pasted.trim() !== ""))
      throw new AppError("invalid_input", "Paste records or choose one file, not both.", {
        anchors: "Paste records or choose one file, not both.",
      });
    const [file] = files;
    const input = file
      ? { text: new TextDecoder().decode(file.bytes), fileName: file.name }
      : { text: pasted, fileName: null };
    const { added, skipped } = await addTrustAnchors(db, boss, actor, input, now);
    revalidateCoverage();
    const already = skipped.length > 0 ? ` Already configured: ${skipped.join(", ")}.` : "";
    return {
      status: "ok",
      message:
        added.length > 0
          ? `Added trust anchor${added.length === 1 ? "" : "s"} for key ${added.join(", ")}.${already}`
          : `Nothing added.${already}`,
    };
  });
}

export async function removeTrustAnchorAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("coverage.configure", async ({ actor, db, boss, now }) => {
    const { keyTag } = await removeTrustAnchor(db, boss, actor, form.get("id"), now);
    revalidateCoverage();
    return {
      status: "ok",
      message: `Removed the trust anchor for key ${keyTag}; its bundles no longer count.`,
    };
  });
}

function revalidateCoverage() {
  revalidatePath("/coverage");
  revalidatePath("/dashboard");
  revalidatePath("/documents", "layout");
}
