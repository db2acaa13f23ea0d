"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { managed } from "@/lib/actions/managed-action";
import { addTemplate, editTemplate } from "@/lib/services/templates/save-template";
import { formObject } from "@/lib/validation/parse-input";
import { requirementsFromForm } from "@/lib/validation/template";

function templateInput(form: FormData) {
  const values = formObject(form);
  return { ...values, requirements: requirementsFromForm(values) };
}

export async function addTemplateAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("templates.manage", async ({ actor, db, now }) => {
    const { id } = await addTemplate(db, actor, templateInput(form), now);
    revalidatePath("/templates", "layout");
    redirect(`/templates/${id}`);
  });
}

export async function editTemplateAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("templates.manage", async ({ actor, db, now }) => {
    const { warnings } = await editTemplate(db, actor, templateInput(form), now);
    revalidatePath("/templates", "layout");
    return { status: "ok", message: "Template saved.", warnings };
  });
}
