import { currentActor, currentSession } from "@/lib/auth/guard";
import { exportAudit } from "@/lib/routes/audit-export";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";

export const dynamic = "force-dynamic";

/** The audit trail as CSV or JSON lines, for auditors to verify outside the app (lib/routes/audit-export.ts). */
export async function GET(request: Request) {
  const [actor, session, { db }] = await Promise.all([currentActor(), currentSession(), getRuntime()]);
  const zone = session?.user.timeZone ?? "UTC";
  return exportAudit(db, actor, zone, new URL(request.url), currentInstant());
}
