import "server-only";
import { requireAccess } from "@/lib/auth/guard";
import { listCredentialSetOptions } from "@/lib/queries/management/credential-sets";
import { getRuntime } from "@/lib/runtime";

/** The credential sets a new template's requirements may name, for /templates/new. */
export async function loadNewTemplatePage() {
  await requireAccess("templates.manage", "/templates/new");
  const { db } = await getRuntime();
  const sets = await listCredentialSetOptions(db);
  return { sets };
}
