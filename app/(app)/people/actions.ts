"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { managed } from "@/lib/actions/managed-action";
import { editPerson } from "@/lib/services/people/edit-person";
import { invitePerson } from "@/lib/services/people/invite-person";
import { formObject } from "@/lib/validation/parse-input";

export async function invitePersonAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("people.manage", async ({ actor, db, now }) => {
    const { id } = await invitePerson(db, actor, formObject(form), now);
    revalidatePath("/people");
    redirect(`/people/${id}?invited=1`);
  });
}

export async function editPersonAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("people.manage", async ({ actor, db, boss, now }) => {
    await editPerson(db, boss, actor, formObject(form), now);
    revalidatePath("/people", "layout");
    return { status: "ok", message: "Saved." };
  });
}
