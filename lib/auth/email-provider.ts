import type { EmailConfig } from "next-auth/providers";
import { SIGN_IN_LINK_MINUTES } from "./session-limits";

export const EMAIL_PROVIDER_ID = "email";

/**
 * Auth.js's email provider, for redeeming links only. Links are issued by the sign-in form's job
 * (lib/services/auth/issue-sign-in-link.ts), which uses the configured public origin and seals the
 * link in the outbox; Auth.js's own sign-in route is closed (app/api/auth), so this is never asked to
 * send one.
 */
export function emailProvider(): EmailConfig {
  return {
    id: EMAIL_PROVIDER_ID,
    type: "email",
    name: "Email",
    maxAge: SIGN_IN_LINK_MINUTES * 60,
    async sendVerificationRequest() {
      throw new Error("Sign-in links are issued by the sign-in form only.");
    },
  };
}
