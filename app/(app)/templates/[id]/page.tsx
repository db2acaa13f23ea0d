import type { Metadata } from "next";
import Link from "next/link";
import { Panel } from "@/app/components/manage/layout-blocks";
import { words } from "@/app/components/manage/options";
import { RecordForm } from "@/app/components/manage/record-form";
import { can } from "@/lib/auth/policy";
import { editTemplateAction } from "../actions";
import { RequirementList } from "../requirement-list";
import { TemplateFields } from "../template-fields";
import { loadTemplatePage } from "./load";

export const metadata: Metadata = { title: "Ceremony template" };

export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, template, sets } = await loadTemplatePage(params);
  const canManage = can(actor.roles, "templates.manage");
  return (
    <main>
      <p>
        <Link href="/templates">All templates</Link>
      </p>
      <h1>{template.name}</h1>
      <p className="muted">
        {words(template.kind)} · {template.durationMinutes} minutes · version {template.version}
      </p>
      <Panel id="needs" title="Requirements">
        <RequirementList requirements={template.requirements} sets={sets} />
      </Panel>
      {canManage ? (
        <Panel id="edit" title="Edit template">
          <RecordForm id="template" action={editTemplateAction} submit="Save template" record={template}>
            <TemplateFields template={template} sets={sets} />
          </RecordForm>
        </Panel>
      ) : null}
    </main>
  );
}
