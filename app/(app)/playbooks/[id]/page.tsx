import type { Metadata } from "next";
import Link from "next/link";
import { TextInput } from "@/app/components/manage/inputs";
import { Panel } from "@/app/components/manage/layout-blocks";
import { RecordForm } from "@/app/components/manage/record-form";
import { DefinitionEditor } from "@/app/components/playbook/definition-editor";
import { EscalationLadder, PlaybookLadder } from "@/app/components/playbook/playbook-ladder";
import { PrintButton } from "@/app/components/playbook/print-button";
import { can } from "@/lib/auth/policy";
import { savePlaybookAction } from "../actions";
import { loadPlaybookPage } from "./load";

export const metadata: Metadata = { title: "Playbook" };

export default async function PlaybookPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, playbook } = await loadPlaybookPage(params);
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
