import { z } from "zod";
import { recordDenial } from "@/lib/audit/record-denial";
import { currentActor } from "@/lib/auth/guard";
import { can, mayReadCeremonyCalendar } from "@/lib/auth/policy";
import { ceremonyCalendar } from "@/lib/calendar/ceremony-calendar";
import { appUrl } from "@/lib/http/app-url";
import { ceremonyWithFacility, isInvited } from "@/lib/queries/planning/calendar";
import { getRuntime } from "@/lib/runtime";
import { calendarEntry } from "@/lib/services/ceremonies/notify-invitees";
import { currentInstant } from "@/lib/time";

export const dynamic = "force-dynamic";

/** One ceremony as a calendar file, for people who may see it: planners, and its invitees. */
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in to download this calendar file.", { status: 401 });
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response("No such ceremony.", { status: 404 });
  const { db } = await getRuntime();
  const ceremony = await ceremonyWithFacility(db, id);
  const invited = ceremony !== undefined && actor.id !== null && (await isInvited(db, id, actor.id));
  const allowed = ceremony && mayReadCeremonyCalendar(actor.roles, invited);
  if (ceremony && !allowed)
    await recordDenial(db, actor, "ceremonies.view", currentInstant(), { record: id });
  if (!ceremony || !allowed) return new Response("No such ceremony.", { status: 404 });
  const url = can(actor.roles, "ceremonies.view")
    ? appUrl(`/ceremonies/${id}`)
    : appUrl(`/me/ceremonies/${id}`);
  const body = ceremonyCalendar(
    [calendarEntry(ceremony, url)],
    ceremony.status === "cancelled" ? "CANCEL" : "PUBLISH",
    ceremony.label,
  );
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${ceremony.label.replace(/[^A-Za-z0-9._-]+/g, "-")}.ics"`,
      "cache-control": "no-store",
    },
  });
}
