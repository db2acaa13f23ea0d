import { handleCoverageRequest } from "@/lib/metrics/endpoints";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";

export const dynamic = "force-dynamic";

/** Signature coverage as JSON, for scripts and dashboards: `Authorization: Bearer <personal API token>`. */
export async function GET(request: Request) {
  return handleCoverageRequest(await getRuntime(), request, currentInstant());
}
