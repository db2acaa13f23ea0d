import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Panel } from "@/app/components/manage/layout-blocks";
import { words } from "@/app/components/manage/options";
import { RecordForm } from "@/app/components/manage/record-form";
import { requireAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { listCredentialSetOptions } from "@/lib/queries/management/credential-sets";
import { getTemplate } from "@/lib/queries/management/templates";
import { getRuntime } from "@/lib/runtime";
import { editTemplateAction } from "../actions";
import { RequirementList } from "../requirement-list";
import { TemplateFields } from "../template-fields";

export const metadata: Metadata = { title: "Ceremony template" };

export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireAccess("templates.view", `/templates/${id}`);
  const { db } = await getRuntime();
  const [template, sets] = await Promise.all([getTemplate(db, id), listCredentialSetOptions(db)]);
  if (!template) notFound();
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
