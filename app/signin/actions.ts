"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { runAction } from "@/lib/actions/run-action";
import { systemActor } from "@/lib/auth/actor";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/email-provider";
import { signIn } from "@/lib/auth/index";
import { requestMeta } from "@/lib/auth/request-meta";
import { AppError } from "@/lib/errors";
import { safeReturnPath } from "@/lib/http/safe-return";
import { getRuntime } from "@/lib/runtime";
import { requestSignIn } from "@/lib/services/auth/request-sign-in";
import { formatInZone } from "@/lib/time/format";

export async function requestSignInAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(async () => {
    const { db } = await getRuntime();
    const actor = { ...systemActor("anonymous"), ...(await requestMeta()) };
    const decision = await requestSignIn(db, actor, form.get("email"));
    if (decision.rateLimitedUntil) {
      throw new AppError(
        "rate_limited",
        `Too many sign-in requests. Try again after ${formatInZone(decision.rateLimitedUntil, "UTC", "HH:mm")} UTC.`,
      );
    }
    if (decision.send) {
      await signIn(EMAIL_PROVIDER_ID, {
        email: decision.email,
        redirect: false,
        redirectTo: safeReturnPath(form.get("callbackUrl")),
      });
    }
    return { status: "ok", message: "sent" };
  });
  if (result.status === "ok") redirect("/signin/check-email");
  return result;
}
