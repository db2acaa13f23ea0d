import type { ReactNode } from "react";
import { Nav } from "@/app/components/nav";
import { currentActor } from "@/lib/auth/guard";
import { signOutAction } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Each page checks access itself (and knows its own address to come back to after signing in).
  const actor = await currentActor();
  if (!actor) return children;
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
      {children}
    </div>
  );
}
