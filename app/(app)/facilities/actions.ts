"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { managed } from "@/lib/actions/managed-action";
import { addCredentialSet, editCredentialSet } from "@/lib/services/credentials/save-credential-set";
import { addFacility, editFacility } from "@/lib/services/facilities/save-facility";
import { formObject } from "@/lib/validation/parse-input";

export async function addFacilityAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("facilities.manage", async ({ actor, db, now }) => {
    const { id } = await addFacility(db, actor, formObject(form), now);
    revalidatePath("/facilities");
    redirect(`/facilities/${id}`);
  });
}

export async function editFacilityAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("facilities.manage", async ({ actor, db, boss, now }) => {
    await editFacility(db, boss, actor, formObject(form), now);
    revalidatePath("/facilities", "layout");
    return { status: "ok", message: "Facility saved." };
  });
}

export async function addCredentialSetAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("credentials.manage", async ({ actor, db, now }) => {
    const { id } = await addCredentialSet(db, actor, formObject(form), now);
    revalidatePath("/facilities", "layout");
    redirect(`/facilities/${String(form.get("facilityId"))}/sets/${id}`);
  });
}

export async function editCredentialSetAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("credentials.manage", async ({ actor, db, boss, now }) => {
    await editCredentialSet(db, boss, actor, formObject(form), now);
    revalidatePath("/facilities", "layout");
    return { status: "ok", message: "Credential set saved." };
  });
}
