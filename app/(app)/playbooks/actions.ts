"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { managed } from "@/lib/actions/managed-action";
import { PLAYBOOK_TEMPLATES } from "@/lib/domain/contingency/templates";
import { AppError } from "@/lib/errors";
import { savePlaybook } from "@/lib/services/contingency/save-playbook";
import { updateContingencySettings } from "@/lib/services/contingency/update-contingency-settings";
import { formObject } from "@/lib/validation/parse-input";

/** A new playbook, copied from a shipped template under its own name; the editor opens next. */
export async function createPlaybookAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("playbooks.manage", async ({ actor, db, now }) => {
    const { template: templateName, name } = formObject(form);
    const template = PLAYBOOK_TEMPLATES.find((t) => t.name === templateName);
    if (!template)
      throw new AppError("invalid_input", "Check the highlighted fields.", {
        template: "Choose the template to start from.",
      });
    const row = await savePlaybook(db, actor, { name, definition: JSON.stringify(template.definition) }, now);
    revalidatePath("/playbooks");
    redirect(`/playbooks/${row.id}`);
  });
}

export async function savePlaybookAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("playbooks.manage", async ({ actor, db, now }) => {
    const row = await savePlaybook(db, actor, formObject(form), now);
    revalidatePath("/playbooks", "layout");
    return {
      status: "ok",
      message: `Playbook saved as version ${row.version}. Workflows already running keep the version they opened with.`,
    };
  });
}

export async function updateContingencySettingsAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("playbooks.manage", async ({ actor, db, now }) => {
    const saved = await updateContingencySettings(db, actor, formObject(form), now);
    revalidatePath("/playbooks", "layout");
    return {
      status: "ok",
      message: `Contingency settings saved: coverage workflows open ${saved.coverageThresholdDays} days before the SKR deadline.`,
    };
  });
}
