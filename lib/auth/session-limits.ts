import type { Instant } from "@/lib/time";
// Session lifetimes. Idle: Auth.js slides `expires` forward on use. Absolute: counted from creation.
export const SIGN_IN_LINK_MINUTES = 10;
export const SESSION_IDLE_SECONDS = Number(process.env.SESSION_IDLE_MINUTES ?? 120) * 60;
export const SESSION_ABSOLUTE_SECONDS = Number(process.env.SESSION_MAX_HOURS ?? 12) * 3600;
export const SESSION_UPDATE_SECONDS = Math.min(300, Math.floor(SESSION_IDLE_SECONDS / 4));

// Sign-in requests allowed per 15 minutes. Overridable for a test run that signs many people in from one
// address (the e2e suite); the service tests check the defaults.
export const SIGN_IN_LIMITS = {
  perAddress: { limit: Number(process.env.SIGNIN_LIMIT_PER_ADDRESS ?? 5), windowSeconds: 15 * 60 },
  perIp: { limit: Number(process.env.SIGNIN_LIMIT_PER_IP ?? 30), windowSeconds: 15 * 60 },
} as const;

export function sessionOutlived(createdAt: Date, now: Instant): boolean {
  return now - createdAt.getTime() > SESSION_ABSOLUTE_SECONDS * 1000;
}
