"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { runAction } from "@/lib/actions/run-action";
import { systemActor } from "@/lib/auth/actor";
import { metaFrom } from "@/lib/auth/request-meta";
import { AppError } from "@/lib/errors";
import { isPublicHost } from "@/lib/http/app-url";
import { safeReturnPath } from "@/lib/http/safe-return";
import { getRuntime } from "@/lib/runtime";
import { requestSignIn } from "@/lib/services/auth/request-sign-in";
import { formatInZone } from "@/lib/time/format";

export async function requestSignInAction(_: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(async (now) => {
    const requestHeaders = await headers();
    // The edge answers sign-in under the public host only; this holds without the edge too.
    if (!isPublicHost(requestHeaders.get("host"))) {
      throw new AppError("bad_origin", "Sign in at this site's own address.");
    }
    const { db, boss } = await getRuntime();
    const actor = { ...systemActor("anonymous"), ...metaFrom(requestHeaders) };
    const decision = await requestSignIn(
      db,
      boss,
      actor,
      {
        email: form.get("email"),
        callbackPath: safeReturnPath(form.get("callbackUrl")),
      },
      now,
    );
    if (decision.rateLimitedUntil) {
      throw new AppError(
        "rate_limited",
        `Too many sign-in requests. Try again after ${formatInZone(decision.rateLimitedUntil, "UTC", "HH:mm")} UTC.`,
      );
    }
    return { status: "ok", message: "sent" };
  });
  if (result.status === "ok") redirect("/signin/check-email");
  return result;
}
