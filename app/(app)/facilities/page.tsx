import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/app/components/manage/layout-blocks";
import { countryName } from "@/lib/domain/quorum/country-names";
import { loadFacilitiesPage } from "./load";

export const metadata: Metadata = { title: "Facilities" };

export default async function FacilitiesPage() {
  const { rows, canManage } = await loadFacilitiesPage();
  return (
    <main>
      <h1>Facilities</h1>
      {canManage ? (
        <p>
          <Link className="button" href="/facilities/new">
            Add a facility
          </Link>
        </p>
      ) : null}
      <div className="panel">
        {rows.length === 0 ? (
          <p className="empty">
            No facilities yet.{" "}
            {canManage
              ? "Add the first one: ceremonies and credential sets belong to a facility."
              : "A coordinator adds them."}
          </p>
        ) : (
          <DataTable label="Facilities" headers={["Facility", "Place", "Time zone", "Credential sets"]}>
            {rows.map((f) => (
              <tr key={f.id}>
                <td>
                  <Link href={`/facilities/${f.id}`}>{f.code}</Link>
                  <div className="muted">{f.name}</div>
                </td>
                <td>
                  {f.city}, {countryName(f.country)}
                </td>
                <td>{f.timeZone}</td>
                <td>{f.sets}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
    </main>
  );
}
