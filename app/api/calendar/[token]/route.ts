import { can, ceremonyPathFor, seesEveryCeremony } from "@/lib/auth/policy";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { ceremonyCalendar } from "@/lib/calendar/ceremony-calendar";
import { appUrl } from "@/lib/http/app-url";
import { feedCeremonies, feedOwner } from "@/lib/queries/planning/calendar";
import { getRuntime } from "@/lib/runtime";
import { calendarEntry } from "@/lib/services/ceremonies/notify-invitees";
import { currentInstant } from "@/lib/time";

export const dynamic = "force-dynamic";

/** A personal subscription feed. The secret in the address is the credential; revoking it ends access. */
export async function GET(_: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const name = token.replace(/\.ics$/, "");
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(name)) return new Response("Unknown feed.", { status: 404 });
  const { db } = await getRuntime();
  const owner = await feedOwner(db, hashSecretToken(name));
  if (!owner || !can(owner.roles, "calendar.subscribe"))
    return new Response("Unknown or revoked feed.", { status: 404 });
  const rows = await feedCeremonies(db, owner.id, seesEveryCeremony(owner.roles), currentInstant());
  const entries = rows.map((c) => calendarEntry(c, appUrl(ceremonyPathFor(owner.roles, c.id))));
  return new Response(ceremonyCalendar(entries, "PUBLISH", "Ceremony Desk"), {
    headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "no-store" },
  });
}
