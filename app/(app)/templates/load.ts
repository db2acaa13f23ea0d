import "server-only";
import { requireAccess } from "@/lib/auth/guard";
import { listCredentialSetOptions } from "@/lib/queries/management/credential-sets";
import { listTemplates } from "@/lib/queries/management/templates";
import { getRuntime } from "@/lib/runtime";

/** The /templates list: the viewer, every ceremony template and the credential sets their requirements name. */
export async function loadTemplatesPage() {
  const actor = await requireAccess("templates.view", "/templates");
  const { db } = await getRuntime();
  const [templates, sets] = await Promise.all([listTemplates(db), listCredentialSetOptions(db)]);
  return { actor, templates, sets };
}
