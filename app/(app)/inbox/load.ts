import "server-only";
import { personIdOf } from "@/lib/auth/actor";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { inboxFor } from "@/lib/queries/inbox";
import { getRuntime } from "@/lib/runtime";

/** The signed-in person's inbox for /inbox (`?show=all` for read ones too, `?kind=` one kind), and their mail. */
export async function loadInboxPage(searchParams: Promise<Record<string, string>>) {
  const actor = await requireAccess("inbox.view", "/inbox");
  const params = await searchParams;
  const { db } = await getRuntime();
  const session = await currentSession();
  const filter = { unreadOnly: params.show !== "all", event: params.kind || null };
  const inbox = await inboxFor(db, { id: personIdOf(actor), email: actor.label }, filter);
  return { ...inbox, filter, timeZone: session?.user.timeZone ?? "UTC" };
}
