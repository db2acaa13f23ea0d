import "server-only";
import { getRuntime } from "@/lib/runtime";
import { installPlaybookTemplates } from "@/lib/services/contingency/playbook-templates";
import { currentInstant } from "@/lib/time";
import { startWorkers } from "./workers";

export async function startAppWorkers() {
  const runtime = await getRuntime();
  // The shipped playbooks exist on every installation, demo or not; installing is idempotent by name.
  await installPlaybookTemplates(runtime.db, currentInstant());
  await startWorkers(runtime.boss, runtime.db);
}
