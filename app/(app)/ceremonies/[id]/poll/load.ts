import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { pollPage } from "@/lib/queries/planning/date-poll";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";

/** /ceremonies/[id]/poll: the ceremony's date poll (the open one, else the latest), judged date by date. */
export async function loadPollPage(params: Promise<{ id: string }>) {
  const { id } = await params;
  const actor = await requireAccess("ceremonies.view", `/ceremonies/${id}/poll`);
  if (!z.uuid().safeParse(id).success) notFound();
  const { db } = await getRuntime();
  const now = currentInstant();
  const [data, session] = await Promise.all([pollPage(db, id, now), currentSession()]);
  if (!data) notFound();
  return { actor, ...data, now, viewerZone: session?.user.timeZone ?? "UTC" };
}
