import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { ContingencyTable } from "./contingency-table";
import { ContingencyFilterForm } from "./filters";
import { loadContingenciesPage } from "./load";

export const metadata: Metadata = { title: "Contingencies" };

export default async function ContingenciesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { actor, filters, rows, zone } = await loadContingenciesPage(searchParams);
  const mayOpen = can(actor.roles, "contingency.open");
  const filtered = filters.view !== "active" || filters.state || filters.cause || filters.ceremonyId;
  return (
    <main>
      <h1>Contingency workflows</h1>
      <p className="muted">
        A workflow opens by itself when a scheduled ceremony's quorum is not met (or at risk once travel must
        be booked) or when the next SKR deadline has no met ceremony before it; it follows the playbook's
        ladder of options until it is resolved.
      </p>
      {mayOpen ? (
        <p>
          <Link className="button" href="/contingencies/new">
            Open a workflow
          </Link>
        </p>
      ) : null}
      <ContingencyFilterForm filters={filters} />
      {filters.ceremonyId ? (
        <p>
          Showing the workflows of one ceremony. <Link href="/contingencies">Show all ceremonies</Link>
        </p>
      ) : null}
      <div className="panel">
        {rows.length === 0 ? (
          <p className="empty" data-testid="contingencies-empty">
            {filtered
              ? "No workflow matches these filters. Show all to see every workflow."
              : `No contingency workflow is open: every scheduled ceremony has its quorum and the SKR deadline is covered. ${
                  mayOpen
                    ? "If something else threatens a ceremony (a safe that will not open, a closed facility), open a workflow by hand."
                    : "Coordinators and staff can open one by hand if something else threatens a ceremony."
                }`}
          </p>
        ) : (
          <ContingencyTable rows={rows} zone={zone} />
        )}
      </div>
    </main>
  );
}
