import type { ReactNode } from "react";
import { ContingencyBanner, seesContingencyBanner } from "@/app/components/contingency/banner";
import { MailFailureNotice } from "@/app/components/mail-failure-notice";
import { Nav } from "@/app/components/nav";
import { currentActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { openContingencyBanner } from "@/lib/queries/contingency/banner";
import { recentSignInFailures } from "@/lib/queries/mail-failures";
import { getRuntime } from "@/lib/runtime";
import { signOutAction } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Each page checks access itself (and knows its own address to come back to after signing in).
  const actor = await currentActor();
  if (!actor) return children;
  const { db } = await getRuntime();
  const [banner, failures] = await Promise.all([
    seesContingencyBanner(actor.roles) ? openContingencyBanner(db) : null,
    can(actor.roles, "mail.view_failures") ? recentSignInFailures(db) : [],
  ]);
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
