import type { Metadata } from "next";
import Link from "next/link";
import { CeremonyTable } from "@/app/components/ceremony/ceremony-table";
import { ScrollRegion } from "@/app/components/scroll-region";
import { can } from "@/lib/auth/policy";
import { loadCeremoniesPage } from "./load";

export const metadata: Metadata = { title: "Ceremonies" };

export default async function CeremoniesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { actor, when, rows } = await loadCeremoniesPage(searchParams);
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
      <ScrollRegion label="Ceremonies" className="panel">
        {rows.length === 0 ? (
          <p className="empty">
            {when === "upcoming"
              ? "No ceremony is planned. Plan one, or use the date finder to pick a date where a quorum can attend."
              : "No past ceremonies."}
          </p>
        ) : (
          <CeremonyTable rows={rows} />
        )}
      </ScrollRegion>
    </main>
  );
}
