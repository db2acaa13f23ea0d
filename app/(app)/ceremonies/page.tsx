import type { Metadata } from "next";
import Link from "next/link";
import { CeremonyTable } from "@/app/components/ceremony/ceremony-table";
import { requireAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { listCeremonies } from "@/lib/queries/planning/ceremony-list";
import { getRuntime } from "@/lib/runtime";

export const metadata: Metadata = { title: "Ceremonies" };

export default async function CeremoniesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requireAccess("ceremonies.view", "/ceremonies");
  const when = (await searchParams).when === "past" ? "past" : "upcoming";
  const { db } = await getRuntime();
  const rows = await listCeremonies(db, new Date(), when);
  return (
    <main>
      <h1>Ceremonies</h1>
      <p>
        <Link href="/ceremonies" aria-current={when === "upcoming" ? "page" : undefined}>
          Upcoming
        </Link>{" "}
        ·{" "}
        <Link href="/ceremonies?when=past" aria-current={when === "past" ? "page" : undefined}>
          Past
        </Link>
        {can(actor.roles, "ceremonies.manage") ? (
          <>
            {" "}
            ·{" "}
            <Link className="button" href="/ceremonies/new">
              Plan a ceremony
            </Link>
          </>
        ) : null}
      </p>
      <div className="panel table-wrap">
        {rows.length === 0 ? (
          <p className="empty">
            {when === "upcoming"
              ? "No ceremony is planned. Plan one, or use the date finder to pick a date where a quorum can attend."
              : "No past ceremonies."}
          </p>
        ) : (
          <CeremonyTable rows={rows} />
        )}
      </div>
    </main>
  );
}
