import "server-only";
import { playbookDetail } from "@/lib/queries/contingency/playbooks";
import { loadRecordPage } from "@/lib/routes/record-page";

/** One playbook for /playbooks/[id], with the viewer; a missing playbook is a 404. */
export async function loadPlaybookPage(params: Promise<{ id: string }>) {
  const { actor, record } = await loadRecordPage(
    params,
    "playbooks.view",
    (id) => `/playbooks/${id}`,
    playbookDetail,
  );
  return { actor, playbook: record };
}
