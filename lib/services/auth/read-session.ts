import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people, sessions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { recordRefusal } from "@/lib/audit/record-refusal";
import { systemActor } from "@/lib/auth/actor";
import { SESSION_IDLE_SECONDS, SESSION_UPDATE_SECONDS, sessionOutlived } from "@/lib/auth/session-limits";
import type { PersonRole } from "@/lib/domain/people";
import { dateOf, type Instant } from "@/lib/time";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  roles: PersonRole[];
  timeZone: string;
}

export interface AppSession {
  user: SessionUser;
  expires: Date;
}

/**
 * The session behind a cookie's token, read in one statement: the person must be active and the
 * session inside both its idle and its absolute lifetime; use slides the idle limit forward. A
 * database that cannot be reached throws (the edge then answers 503): it never reads as signed out.
 */
export async function readSession(
  db: Db,
  token: string,
  meta: { requestId: string | null; ip: string | null },
  now: Instant,
): Promise<AppSession | null> {
  const [row] = await db
    .select({
      expires: sessions.expires,
      createdAt: sessions.createdAt,
      id: people.id,
      name: people.name,
      email: people.email,
      roles: people.roles,
      timeZone: people.timeZone,
      active: people.active,
    })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.userId))
    .where(eq(sessions.sessionToken, token));
  if (!row || row.expires.getTime() <= now) {
    await recordRefusal(
      db,
      meta,
      {
        reason: "session_rejected",
        action: "auth.session_rejected",
        subjectType: "session",
        summary: { reason: "unknown_or_expired_token" },
      },
      now,
    );
    return null;
  }
  const outlived = sessionOutlived(row.createdAt, now);
  if (outlived || !row.active) {
    await db.transaction(async (tx) => {
      await tx.delete(sessions).where(eq(sessions.sessionToken, token));
      await recordAudit(
        tx,
        { ...systemActor("session-check"), ...meta },
        {
          action: "auth.session_ended",
          subjectType: "person",
          subjectId: row.id,
          summary: { reason: outlived ? "absolute_timeout" : "person_deactivated" },
        },
        now,
      );
    });
    return null;
  }
  let expires = row.expires;
  if (expires.getTime() - now < (SESSION_IDLE_SECONDS - SESSION_UPDATE_SECONDS) * 1000) {
    expires = dateOf(now + SESSION_IDLE_SECONDS * 1000);
    await db.update(sessions).set({ expires }).where(eq(sessions.sessionToken, token));
  }
  const { id, name, email, roles, timeZone } = row;
  return { user: { id, name: name || email, email, roles, timeZone }, expires };
}
