import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Adapter } from "next-auth/adapters";
import type { Db } from "@/db/client";
import { accounts, people, sessions, verificationTokens } from "@/db/schema";
import { recordAudit } from "@/lib/services/audit/record-audit";
import { systemActor } from "./actor";
import { sessionOutlived } from "./session-limits";

/**
 * Auth.js's Drizzle adapter over our tables, with two rules added: a session past its absolute
 * lifetime or belonging to a deactivated person is ended, and no account is ever created by sign-in.
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
    async getSessionAndUser(sessionToken) {
      const found = await base.getSessionAndUser?.(sessionToken);
      if (!found) {
        await db.transaction((tx) =>
          recordAudit(tx, systemActor("session-check"), {
            action: "auth.session_rejected",
            subjectType: "session",
            summary: { reason: "unknown_or_expired_token" },
          }),
        );
        return null;
      }
      const session = found.session as typeof found.session & { createdAt?: Date };
      const user = found.user as typeof found.user & { active?: boolean };
      const outlived = session.createdAt ? sessionOutlived(session.createdAt, new Date()) : false;
      if (outlived || user.active === false) {
        await base.deleteSession?.(sessionToken);
        await db.transaction((tx) =>
          recordAudit(
            tx,
            { ...systemActor("session-check") },
            {
              action: "auth.session_ended",
              subjectType: "person",
              subjectId: user.id,
              summary: { reason: outlived ? "absolute_timeout" : "person_deactivated" },
            },
          ),
        );
        return null;
      }
      return found;
    },
  };
}
