import "server-only";
import NextAuth, { type Session } from "next-auth";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonRole } from "@/lib/domain/people";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";
import { ceremonyAdapter } from "./adapter";
import { emailProvider } from "./email-provider";
import { SESSION_IDLE_SECONDS, SESSION_UPDATE_SECONDS } from "./session-limits";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; roles: PersonRole[]; timeZone: string };
  }
}

// A config function, so the database opens on the first request rather than at import or build time.
export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const { db } = await getRuntime();
  return {
    adapter: ceremonyAdapter(db),
    providers: [emailProvider()],
    session: { strategy: "database", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_UPDATE_SECONDS },
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
    // The edge (scripts/serve.ts) sets AUTH_URL to the one public origin, which Auth.js then uses for
    // every URL it builds; without it no Host header is trusted.
    trustHost: Boolean(process.env.AUTH_URL),
    callbacks: {
      async signIn({ user, email }) {
        if (email?.verificationRequest) return true;
        return Boolean((user as { active?: boolean }).active);
      },
      session({ session, user }) {
        const person = user as typeof user & { roles: PersonRole[]; timeZone: string };
        return {
          expires: session.expires,
          user: {
            id: person.id,
            name: person.name ?? person.email,
            email: person.email,
            roles: person.roles,
            timeZone: person.timeZone,
          },
        } as Session;
      },
    },
    events: {
      async signIn({ user }) {
        await db.transaction((tx) =>
          recordAudit(
            tx,
            { id: user.id ?? null, label: user.email ?? "unknown", roles: [], requestId: null, ip: null },
            {
              action: "auth.signed_in",
              subjectType: "person",
              subjectId: user.id ?? null,
            },
            currentInstant(),
          ),
        );
      },
      async signOut(message) {
        const session = "session" in message ? message.session : null;
        const userId = (session as { userId?: string } | null)?.userId ?? null;
        await db.transaction((tx) =>
          recordAudit(
            tx,
            { id: userId, label: userId ?? "unknown", roles: [], requestId: null, ip: null },
            {
              action: "auth.signed_out",
              subjectType: "person",
              subjectId: userId,
            },
            currentInstant(),
          ),
        );
      },
    },
  };
});
