import "server-only";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { loadCoverageState } from "@/lib/queries/coverage/coverage-state";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";
import { parseTimelineView } from "@/lib/validation/timeline-view";

/** The signature coverage state for /coverage as of now, the viewer, their time zone and the timeline view. */
export async function loadCoveragePage(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const actor = await requireAccess("coverage.view", "/coverage");
  const session = await currentSession();
  const zone = session?.user.timeZone ?? "UTC";
  const { db } = await getRuntime();
  const state = await loadCoverageState(db, currentInstant());
  return { actor, zone, state, view: parseTimelineView(await searchParams) };
}
