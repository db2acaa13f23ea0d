import type { Metadata } from "next";
import { ActionForm } from "@/app/components/manage/action-form";
import { SelectInput, TextInput } from "@/app/components/manage/inputs";
import { FormPage } from "@/app/components/manage/layout-blocks";
import { requireAccess } from "@/lib/auth/guard";
import { PLAYBOOK_TEMPLATES } from "@/lib/domain/contingency/templates";
import { createPlaybookAction } from "../actions";

export const metadata: Metadata = { title: "New playbook" };

export default async function NewPlaybookPage() {
  await requireAccess("playbooks.manage", "/playbooks/new");
  return (
    <FormPage
      title="New playbook"
      intro={
        <p className="muted">
          Start from one of the shipped ladders, then adapt its options and steps to your policy in the editor
          that opens next.
        </p>
      }
    >
      <ActionForm id="new-playbook" action={createPlaybookAction} submit="Create playbook">
        <SelectInput
          name="template"
          label="Start from"
          options={PLAYBOOK_TEMPLATES.map((t) => ({ value: t.name, label: t.name }))}
          placeholder="Choose a template"
        />
        <TextInput name="name" label="Name" hint="3 to 100 characters, not used by another playbook." />
      </ActionForm>
    </FormPage>
  );
}
