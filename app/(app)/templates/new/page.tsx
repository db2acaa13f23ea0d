import type { Metadata } from "next";
import { ActionForm } from "@/app/components/manage/action-form";
import { FormPage } from "@/app/components/manage/layout-blocks";
import { addTemplateAction } from "../actions";
import { TemplateFields } from "../template-fields";
import { loadNewTemplatePage } from "./load";

export const metadata: Metadata = { title: "New ceremony template" };

export default async function NewTemplatePage() {
  const { sets } = await loadNewTemplatePage();
  return (
    <FormPage title="New ceremony template">
      <ActionForm id="template" action={addTemplateAction} submit="Add template">
        <TemplateFields sets={sets} />
      </ActionForm>
    </FormPage>
  );
}
