import type { Metadata } from "next";
import { ActionForm } from "@/app/components/manage/action-form";
import { FormPage } from "@/app/components/manage/layout-blocks";
import { requireAccess } from "@/lib/auth/guard";
import { addRestrictionAction } from "../actions";
import { RestrictionFields } from "../restriction-fields";

export const metadata: Metadata = { title: "New travel restriction" };

export default async function NewRestrictionPage() {
  await requireAccess("restrictions.manage", "/restrictions/new");
  return (
    <FormPage title="New travel restriction">
      <ActionForm id="restriction" action={addRestrictionAction} submit="Add restriction">
        <RestrictionFields />
      </ActionForm>
    </FormPage>
  );
}
