import { createHash } from "node:crypto";
import type { EmailConfig } from "next-auth/providers";
import { getRuntime } from "@/lib/runtime";
import { enqueueEmail } from "@/lib/services/mail/enqueue-email";
import { SIGN_IN_LINK_MINUTES } from "./session-limits";

export const EMAIL_PROVIDER_ID = "email";

/**
 * The mailed link opens our confirmation page, not Auth.js's callback: the token is only redeemed by
 * the POST that page makes, so a mail scanner following the link does not use it up.
 */
export function confirmationUrl(callbackUrl: string): string {
  const url = new URL(callbackUrl);
  const confirm = new URL("/signin/confirm", url.origin);
  for (const key of ["token", "email", "callbackUrl"]) {
    const value = url.searchParams.get(key);
    if (value) confirm.searchParams.set(key, value);
  }
  return confirm.toString();
}

export function emailProvider(): EmailConfig {
  return {
    id: EMAIL_PROVIDER_ID,
    type: "email",
    name: "Email",
    maxAge: SIGN_IN_LINK_MINUTES * 60,
    async sendVerificationRequest({ identifier, url, token }) {
      const { db, boss } = await getRuntime();
      const key = `sign-in:${createHash("sha256").update(token).digest("hex")}`;
      await db.transaction((tx) =>
        enqueueEmail(tx, boss, {
          template: "sign_in",
          to: identifier,
          props: { url: confirmationUrl(url), expiresInMinutes: SIGN_IN_LINK_MINUTES },
          idempotencyKey: key,
          priority: true,
        }),
      );
    },
  };
}
