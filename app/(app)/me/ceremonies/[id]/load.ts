import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { ceremonyKsr } from "@/lib/queries/planning/ceremony-ksr";
import { myCeremony } from "@/lib/queries/portal";
import { getRuntime } from "@/lib/runtime";

/**
 * One ceremony the viewer is invited to (404 if not a uuid or not theirs): the ceremony, facility, their
 * invitation and the roster, the KSR for a key signing, and the viewer's session.
 */
export async function loadMyCeremonyPage(params: Promise<{ id: string }>) {
  const { id } = await params;
  const actor = await requireAccess("portal.view", `/me/ceremonies/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const { db } = await getRuntime();
  const data = await myCeremony(db, actor.id as string, id);
  if (!data) notFound();
  const session = await currentSession();
  const { ceremony } = data;
  // Invitees witness the hash check at the ceremony: they see the KSR's SHA-256 and its PGP words.
  const ksr = ceremony.kind === "key_signing" ? await ceremonyKsr(db, ceremony.id) : null;
  return { data, session, ksr };
}
