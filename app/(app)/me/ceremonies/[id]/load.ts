import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { ceremonyKsr } from "@/lib/queries/planning/ceremony-ksr";
import { latestPoll } from "@/lib/queries/planning/date-poll";
import { myCeremony } from "@/lib/queries/portal";
import { getRuntime } from "@/lib/runtime";

/**
 * One ceremony the viewer is invited to (404 if not a uuid or not theirs): the ceremony, facility, their
 * invitation and the roster, the KSR for a key signing, its date poll, and the viewer's session.
 */
export async function loadMyCeremonyPage(params: Promise<{ id: string }>) {
  const { id } = await params;
  const actor = await requireAccess("portal.view", `/me/ceremonies/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const { db } = await getRuntime();
  const data = await myCeremony(db, actor.id as string, id);
  if (!data) notFound();
  const { ceremony } = data;
  // Invitees witness the hash check at the ceremony: they see the KSR's SHA-256 and its PGP words.
  const [session, ksr, poll] = await Promise.all([
    currentSession(),
    ceremony.kind === "key_signing" ? ceremonyKsr(db, ceremony.id) : null,
    latestPoll(db, ceremony.id),
  ]);
  return { data, session, ksr, poll };
}
