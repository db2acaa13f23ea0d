import { recordDenial } from "@/lib/audit/record-denial";
import { currentActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { checkpointExport } from "@/lib/queries/audit-checkpoints";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";

export const dynamic = "force-dynamic";

/** Every signed checkpoint with the public key, for an auditor to keep outside the app. */
export async function GET() {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in to download checkpoints.", { status: 401 });
  const { db } = await getRuntime();
  if (!can(actor.roles, "audit.view")) {
    await recordDenial(db, actor, "audit.view", currentInstant());
    return new Response("Your role does not allow this.", { status: 403 });
  }
  return new Response(JSON.stringify(await checkpointExport(db), null, 2), {
    headers: {
      "content-type": "application/json",
      "content-disposition": 'attachment; filename="audit-checkpoints.json"',
      "cache-control": "no-store",
    },
  });
}
