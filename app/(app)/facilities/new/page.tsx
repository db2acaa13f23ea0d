import type { Metadata } from "next";
import { ActionForm } from "@/app/components/manage/action-form";
import { FormPage } from "@/app/components/manage/layout-blocks";
import { requireAccess } from "@/lib/auth/guard";
import { addFacilityAction } from "../actions";
import { FacilityFields } from "../facility-fields";

export const metadata: Metadata = { title: "Add a facility" };

export default async function NewFacilityPage() {
  await requireAccess("facilities.manage", "/facilities/new");
  return (
    <FormPage title="Add a facility">
      <ActionForm id="facility" action={addFacilityAction} submit="Add facility">
        <FacilityFields />
      </ActionForm>
    </FormPage>
  );
}
