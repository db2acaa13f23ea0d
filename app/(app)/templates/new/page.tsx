import type { Metadata } from "next";
import { ActionForm } from "@/app/components/manage/action-form";
import { FormPage } from "@/app/components/manage/layout-blocks";
import { requireAccess } from "@/lib/auth/guard";
import { listCredentialSetOptions } from "@/lib/queries/management/credential-sets";
import { getRuntime } from "@/lib/runtime";
import { addTemplateAction } from "../actions";
import { TemplateFields } from "../template-fields";

export const metadata: Metadata = { title: "New ceremony template" };

export default async function NewTemplatePage() {
  await requireAccess("templates.manage", "/templates/new");
  const { db } = await getRuntime();
  const sets = await listCredentialSetOptions(db);
  return (
    <FormPage title="New ceremony template">
      <ActionForm id="template" action={addTemplateAction} submit="Add template">
        <TemplateFields sets={sets} />
      </ActionForm>
    </FormPage>
  );
}
