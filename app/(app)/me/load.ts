import "server-only";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { myInvitations, mySeats } from "@/lib/queries/portal";
import { getRuntime } from "@/lib/runtime";
import { currentInstant, dateOf, MS_PER_DAY } from "@/lib/time";

/** The portal: the viewer's time zone, credential seats, and invitations from a day ago on. */
export async function loadPortalPage() {
  const actor = await requireAccess("portal.view", "/me");
  const session = await currentSession();
  const myZone = session?.user.timeZone ?? "UTC";
  const { db } = await getRuntime();
  const since = dateOf(currentInstant() - MS_PER_DAY);
  const [seats, invited] = await Promise.all([
    mySeats(db, actor.id as string),
    myInvitations(db, actor.id as string, since),
  ]);
  return { myZone, seats, invited };
}
