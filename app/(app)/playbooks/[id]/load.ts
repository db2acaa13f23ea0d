import "server-only";
import { notFound } from "next/navigation";
import { requireAccess } from "@/lib/auth/guard";
import { playbookDetail } from "@/lib/queries/contingency/playbooks";
import { getRuntime } from "@/lib/runtime";

/** One playbook for /playbooks/[id], with the viewer; a missing playbook is a 404. */
export async function loadPlaybookPage(params: Promise<{ id: string }>) {
  const { id } = await params;
  const actor = await requireAccess("playbooks.view", `/playbooks/${id}`);
  const { db } = await getRuntime();
  const playbook = await playbookDetail(db, id);
  if (!playbook) notFound();
  return { actor, playbook };
}
