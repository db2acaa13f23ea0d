import "server-only";
import { notFound } from "next/navigation";
import { requireAccess } from "@/lib/auth/guard";
import { listCredentialSetOptions } from "@/lib/queries/management/credential-sets";
import { getTemplate } from "@/lib/queries/management/templates";
import { getRuntime } from "@/lib/runtime";

/** One ceremony template for /templates/[id], with the viewer and the credential sets; a missing one is a 404. */
export async function loadTemplatePage(params: Promise<{ id: string }>) {
  const { id } = await params;
  const actor = await requireAccess("templates.view", `/templates/${id}`);
  const { db } = await getRuntime();
  const [template, sets] = await Promise.all([getTemplate(db, id), listCredentialSetOptions(db)]);
  if (!template) notFound();
  return { actor, template, sets };
}
