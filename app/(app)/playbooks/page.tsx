import type { Metadata } from "next";
import Link from "next/link";
import { PlaybookCards } from "@/app/components/playbook/playbook-cards";
import { can } from "@/lib/auth/policy";
import { loadPlaybooksPage } from "./load";
import { SettingsPanel } from "./settings-panel";

export const metadata: Metadata = { title: "Playbooks" };

export default async function PlaybooksPage() {
  const { actor, playbooks, settings } = await loadPlaybooksPage();
  const mayManage = can(actor.roles, "playbooks.manage");
  return (
    <main>
      <h1>Playbooks</h1>
      <p className="muted">
        A playbook is your organisation&apos;s contingency ladder: the ways to still hold a key ceremony when
        a quorum falls apart or the SKR deadline comes close, tried in order, each with its steps, owners, due
        times, approvals and the evidence to keep. Keep one per threat level: a root-KSK-style ladder asks for
        more approvals and evidence than an internal PKI.
      </p>
      {mayManage ? (
        <p>
          <Link className="button" href="/playbooks/new">
            New playbook
          </Link>
        </p>
      ) : null}
      {playbooks.length === 0 ? (
        <p className="panel empty">No playbooks yet: the shipped ones are installed when the app starts.</p>
      ) : (
        <PlaybookCards playbooks={playbooks} />
      )}
      <SettingsPanel settings={settings} playbooks={playbooks} mayManage={mayManage} />
    </main>
  );
}
