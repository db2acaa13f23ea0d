import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/components/manage/action-form";
import { Hidden } from "@/app/components/manage/inputs";
import { DataTable, Panel } from "@/app/components/manage/layout-blocks";
import { words } from "@/app/components/manage/options";
import { RecordForm } from "@/app/components/manage/record-form";
import { countryName } from "@/lib/domain/quorum/country-names";
import { addCredentialSetAction, editFacilityAction } from "../actions";
import { FacilityFields } from "../facility-fields";
import { SetFields } from "../set-fields";
import { loadFacilityPage } from "./load";

export const metadata: Metadata = { title: "Facility" };

export default async function FacilityPage({ params }: { params: Promise<{ id: string }> }) {
  const { facility, canEdit, canSets } = await loadFacilityPage(params);
  return (
    <main>
      <p>
        <Link href="/facilities">All facilities</Link>
      </p>
      <h1>
        {facility.code} <span className="muted">{facility.name}</span>
      </h1>
      <p className="muted">
        {facility.city}, {countryName(facility.country)} · {facility.timeZone}
      </p>
      <Panel id="sets" title="Credential sets">
        {facility.sets.length === 0 ? (
          <p className="empty">
            No credential sets here yet.{" "}
            {canSets ? "Add one below, then give people seats in it." : "A coordinator adds them."}
          </p>
        ) : (
          <DataTable label="Credential sets" headers={["Set", "Kind", "m of n", "Seats"]}>
            {facility.sets.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`/facilities/${facility.id}/sets/${s.id}`}>{s.code}</Link>
                  <div className="muted">{s.name}</div>
                </td>
                <td>{words(s.kind)}</td>
                <td>
                  {s.threshold} of {s.size}
                </td>
                <td>
                  {s.active} active, {s.backup} backup, {s.retired} retired
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Panel>
      <div className="grid">
        {canEdit ? (
          <Panel id="edit" title="Edit facility">
            <RecordForm id="facility" action={editFacilityAction} submit="Save facility" record={facility}>
              <FacilityFields facility={facility} />
            </RecordForm>
          </Panel>
        ) : null}
        {canSets ? (
          <Panel id="add-set" title="Add a credential set">
            <ActionForm id="new-set" action={addCredentialSetAction} submit="Add credential set">
              <Hidden name="facilityId" value={facility.id} />
              <SetFields />
            </ActionForm>
          </Panel>
        ) : null}
      </div>
    </main>
  );
}
