import { handleMetricsRequest } from "@/lib/metrics/endpoints";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";

export const dynamic = "force-dynamic";

/** Prometheus metrics: `Authorization: Bearer <personal API token>` (proxy.ts lets this path through). */
export async function GET(request: Request) {
  return handleMetricsRequest(await getRuntime(), request, currentInstant());
}
