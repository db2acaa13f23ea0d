import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TextInput } from "@/app/components/manage/inputs";
import { Panel } from "@/app/components/manage/layout-blocks";
import { RecordForm } from "@/app/components/manage/record-form";
import { DefinitionEditor } from "@/app/components/playbook/definition-editor";
import { EscalationLadder, PlaybookLadder } from "@/app/components/playbook/playbook-ladder";
import { PrintButton } from "@/app/components/playbook/print-button";
import { requireAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { playbookDetail } from "@/lib/queries/contingency/playbooks";
import { getRuntime } from "@/lib/runtime";
import { savePlaybookAction } from "../actions";

export const metadata: Metadata = { title: "Playbook" };

export default async function PlaybookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireAccess("playbooks.view", `/playbooks/${id}`);
  const { db } = await getRuntime();
  const playbook = await playbookDetail(db, id);
  if (!playbook) notFound();
  return (
    <main>
      <p className="no-print">
        <Link href="/playbooks">All playbooks</Link>
      </p>
      <h1>{playbook.name}</h1>
      <p className="muted">
        {playbook.assurance} assurance · version {playbook.version}
        {playbook.isDefault ? " · the default for new workflows" : ""}
      </p>
      <p className="notice warn">
        Editing a playbook never changes a workflow already running: each workflow keeps a copy of the
        playbook as it was when it opened.
      </p>
      <p className="no-print">
        <PrintButton label="Print this playbook" />
      </p>
      <Panel id="escalation-heading" title="Escalation">
        <EscalationLadder definition={playbook.definition} />
      </Panel>
      <Panel id="options-heading" title="Options, in the order they are tried">
        <PlaybookLadder definition={playbook.definition} />
      </Panel>
      {can(actor.roles, "playbooks.manage") ? (
        <div className="no-print">
          <Panel id="edit-heading" title="Edit playbook">
            <RecordForm id="playbook" action={savePlaybookAction} submit="Save playbook" record={playbook}>
              <TextInput name="name" label="Name" defaultValue={playbook.name} />
              <DefinitionEditor defaultValue={playbook.definitionJson} />
            </RecordForm>
          </Panel>
        </div>
      ) : null}
    </main>
  );
}
