import type { ReactNode } from "react";
import { ContingencyBanner } from "@/app/components/contingency/banner";
import { MailFailureNotice } from "@/app/components/mail-failure-notice";
import { Nav } from "@/app/components/nav";
import { signOutAction } from "./actions";
import { loadAppLayout } from "./load";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const data = await loadAppLayout();
  if (!data.actor) return children;
  const { actor, banner, failures } = data;
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Ceremony Desk</span>
        <Nav roles={actor.roles} />
        <span className="who">{actor.label}</span>
        <form action={signOutAction}>
          <button type="submit" className="secondary">
            Sign out
          </button>
        </form>
      </header>
      <ContingencyBanner data={banner} />
      <MailFailureNotice failures={failures} />
      {children}
    </div>
  );
}
