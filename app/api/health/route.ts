import { getHealth } from "@/lib/queries/health";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await getHealth(getRuntime);
  return Response.json(health, { status: health.status === "ok" ? 200 : 503 });
}
