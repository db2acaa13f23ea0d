import { jsonRoute } from "@/lib/routes/json-route";
import { getRuntime } from "@/lib/runtime";
import { respondToInvitation } from "@/lib/services/attendance/respond";

/**
 * POST { response, note?, travelOrigin?, version } answers one's own invitation (the same rules as the
 * portal form: a repeated identical answer is stored once; a stale version is a 409 with current values).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return jsonRoute(request, "invitation.respond", async (actor, body, now) => {
    const { db, boss } = await getRuntime();
    return respondToInvitation(db, boss, actor, { ...(body as object), invitationId: id }, now);
  });
}
