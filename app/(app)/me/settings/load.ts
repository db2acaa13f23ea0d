import "server-only";
import { requireAccess } from "@/lib/auth/guard";
import { mySettings } from "@/lib/queries/portal";
import { getRuntime } from "@/lib/runtime";

/** The viewer's own settings: their person row (time zone) and active calendar feed, if any. */
export async function loadSettingsPage() {
  const actor = await requireAccess("calendar.subscribe", "/me/settings");
  const { db } = await getRuntime();
  const { person, activeFeed } = await mySettings(db, actor.id as string);
  return { person, activeFeed };
}
