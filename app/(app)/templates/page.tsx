import type { Metadata } from "next";
import Link from "next/link";
import { words } from "@/app/components/manage/options";
import { can } from "@/lib/auth/policy";
import { loadTemplatesPage } from "./load";
import { RequirementList } from "./requirement-list";

export const metadata: Metadata = { title: "Ceremony templates" };

export default async function TemplatesPage() {
  const { actor, templates, sets } = await loadTemplatesPage();
  const canManage = can(actor.roles, "templates.manage");
  return (
    <main>
      <h1>Ceremony templates</h1>
      <p className="muted">A template is a kind of ceremony with its length and the people it needs.</p>
      {canManage ? (
        <p>
          <Link className="button" href="/templates/new">
            New template
          </Link>
        </p>
      ) : null}
      {templates.length === 0 ? (
        <p className="panel empty">
          No templates yet.{" "}
          {canManage
            ? "Create one per kind of ceremony you hold, e.g. a quarterly key signing needing 3 crypto officers of a facility's set, a ceremony administrator and an internal witness."
            : "A coordinator creates them."}
        </p>
      ) : (
        <div className="grid">
          {templates.map((t) => (
            <section key={t.id} className="panel" aria-labelledby={`t-${t.id}`}>
              <h2 id={`t-${t.id}`} style={{ marginTop: 0 }}>
                <Link href={`/templates/${t.id}`}>{t.name}</Link>
              </h2>
              <p className="muted">
                {words(t.kind)} · {t.durationMinutes} minutes
              </p>
              <RequirementList requirements={t.requirements} sets={sets} />
            </section>
          ))}
        </div>
      )}
    </main>
  );
}
