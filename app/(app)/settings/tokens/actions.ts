"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { managed } from "@/lib/actions/managed-action";
import { createApiToken } from "@/lib/services/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/services/api-tokens/revoke-api-token";
import { formObject } from "@/lib/validation/parse-input";

// A person manages only their own tokens: the services take the person from the session, never the form.

/** The token itself rides along once, as the state's secret, to be shown and then forgotten. */
export async function createTokenAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("api_tokens.manage_own", async ({ actor, db, now }) => {
    const created = await createApiToken(db, actor, formObject(form), now);
    revalidatePath("/settings/tokens");
    return { status: "ok", message: `Token “${created.name}” created.`, secret: created.token };
  });
}

export async function revokeTokenAction(_: FormState, form: FormData): Promise<FormState> {
  return managed("api_tokens.manage_own", async ({ actor, db, now }) => {
    const { changed } = await revokeApiToken(db, actor, formObject(form), now);
    revalidatePath("/settings/tokens");
    return { status: "ok", message: changed ? "Revoked: it stops working at once." : "Already revoked." };
  });
}
