import "server-only";
import { currentActor } from "@/lib/auth/guard";
import { can, seesContingencyBanner } from "@/lib/auth/policy";
import { openContingencyBanner } from "@/lib/queries/contingency/banner";
import { unreadCount } from "@/lib/queries/inbox";
import { recentSignInFailures } from "@/lib/queries/mail-failures";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";

/**
 * The signed-in shell: the actor (null when signed out, then nothing else is read), the open-contingency
 * banner for those who see it, recent sign-in mail failures for those who may view them, and the
 * person's unread inbox count.
 */
export async function loadAppLayout() {
  // Each page checks access itself (and knows its own address to come back to after signing in).
  const actor = await currentActor();
  if (!actor) return { actor: null };
  const { db } = await getRuntime();
  const [banner, failures, unread] = await Promise.all([
    seesContingencyBanner(actor.roles) ? openContingencyBanner(db) : null,
    can(actor.roles, "mail.view_failures") ? recentSignInFailures(db, currentInstant()) : [],
    actor.id ? unreadCount(db, actor.id) : 0,
  ]);
  return { actor, banner, failures, unread };
}
