import type { Metadata } from "next";
import { ActionForm } from "@/app/components/manage/action-form";
import { TextInput } from "@/app/components/manage/inputs";
import { FormPage } from "@/app/components/manage/layout-blocks";
import { requireAccess } from "@/lib/auth/guard";
import { invitePersonAction } from "../actions";
import { PersonFields } from "../person-fields";

export const metadata: Metadata = { title: "Invite a person" };

const INTRO = (
  <p className="muted">
    Inviting registers them; no email is sent yet. Tell them to sign in at this site with this address: they
    get a one-time sign-in link by email.
  </p>
);

export default async function InvitePersonPage() {
  await requireAccess("people.manage", "/people/new");
  return (
    <FormPage title="Invite a person" intro={INTRO}>
      <ActionForm id="person" action={invitePersonAction} submit="Invite">
        <TextInput name="email" type="email" label="Email address" />
        <PersonFields />
      </ActionForm>
    </FormPage>
  );
}
