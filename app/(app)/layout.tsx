import type { ReactNode } from "react";
import { ContingencyBanner } from "@/app/components/contingency/banner";
import { MailFailureNotice } from "@/app/components/mail-failure-notice";
import { Nav } from "@/app/components/nav/nav";
import { homePathFor } from "@/lib/auth/policy";
import { signOutAction } from "./actions";
import { loadAppLayout } from "./load";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const data = await loadAppLayout();
  if (!data.actor) return children;
  const { actor, banner, failures, unread } = data;
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        Skip to the page
      </a>
      <Nav
        roles={actor.roles}
        home={homePathFor(actor.roles)}
        unread={unread}
        account={
          <>
            <span>Signed in as {actor.label}</span>
            <form action={signOutAction}>
              <button type="submit" className="secondary">
                Sign out
              </button>
            </form>
          </>
        }
      />
      <div id="content" className="content">
        <ContingencyBanner data={banner} />
        <MailFailureNotice failures={failures} />
        {children}
      </div>
    </div>
  );
}
