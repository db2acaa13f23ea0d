import { currentActor } from "@/lib/auth/guard";
import { downloadEvidence } from "@/lib/routes/evidence-download";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";

export const dynamic = "force-dynamic";

/** One evidence file of a contingency workflow, as a download (see lib/http/evidence-download.ts). */
export async function GET(_: Request, { params }: { params: Promise<{ id: string; evidenceId: string }> }) {
  const [actor, { db }, ids] = await Promise.all([currentActor(), getRuntime(), params]);
  return downloadEvidence(db, actor, ids, currentInstant());
}
