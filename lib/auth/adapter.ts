import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Adapter } from "next-auth/adapters";
import type { Db } from "@/db/client";
import { accounts, people, sessions, verificationTokens } from "@/db/schema";
import { readSession } from "@/lib/services/auth/read-session";
import { currentInstant } from "@/lib/time";

/**
 * Auth.js's Drizzle adapter over our tables, with our session rules (lib/auth/read-session.ts) and no
 * account ever created by sign-in.
 */
export function ceremonyAdapter(db: Db): Adapter {
  const base = DrizzleAdapter(db, {
    usersTable: people as never,
    accountsTable: accounts as never,
    sessionsTable: sessions as never,
    verificationTokensTable: verificationTokens as never,
  });
  return {
    ...base,
    async createUser() {
      throw new Error("Sign-up is closed: only people already registered can sign in.");
    },
    // The session rules live in readSession (pages use it directly); Auth.js's own routes (sign-out,
    // the callback) get the same answer, in the shape they expect.
    async getSessionAndUser(sessionToken) {
      const session = await readSession(db, sessionToken, { requestId: null, ip: null }, currentInstant());
      if (!session) return null;
      return (await base.getSessionAndUser?.(sessionToken)) ?? null;
    },
  };
}
