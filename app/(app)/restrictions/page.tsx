import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { loadRestrictionsPage } from "./load";
import { RestrictionTable } from "./restriction-table";

export const metadata: Metadata = { title: "Travel restrictions" };

export default async function RestrictionsPage() {
  const { actor, today, active, upcoming, ended } = await loadRestrictionsPage();
  const canManage = can(actor.roles, "restrictions.manage");
  const next = canManage ? "Add one or import a CSV when a country changes its entry rules." : "";
  return (
    <main>
      <h1>Travel restrictions</h1>
      <p className="muted">
        Entry bans and quarantines decide who can reach a facility; every change re-checks the quorum of the
        ceremonies ahead. Dates are inclusive, as of {today} (UTC).
      </p>
      {canManage ? (
        <p style={{ display: "flex", gap: "0.75rem", flexWrap: "wrap" }}>
          <Link className="button" href="/restrictions/new">
            New restriction
          </Link>
          <Link className="button" href="/restrictions/import">
            Import CSV
          </Link>
        </p>
      ) : null}
      <RestrictionTable title="Active now" rows={active} empty={`None in force today. ${next}`} />
      <RestrictionTable title="Upcoming" rows={upcoming} empty="None announced." />
      <RestrictionTable title="Ended" rows={ended} empty="None yet." />
    </main>
  );
}
