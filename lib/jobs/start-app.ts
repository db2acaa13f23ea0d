import { getRuntime } from "@/lib/runtime";
import { startWorkers } from "./workers";

export async function startAppWorkers() {
  const runtime = await getRuntime();
  await startWorkers(runtime.boss, runtime.db);
}
