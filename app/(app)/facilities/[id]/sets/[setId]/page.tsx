import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, Panel } from "@/app/components/manage/layout-blocks";
import { words } from "@/app/components/manage/options";
import { RecordForm } from "@/app/components/manage/record-form";
import { editCredentialSetAction } from "../../../actions";
import { SetFields } from "../../../set-fields";
import { loadCredentialSetPage } from "./load";
import { AddSeatForm, PromoteForm, SeatStatusForm } from "./seat-forms";

export const metadata: Metadata = { title: "Credential set" };

const seatOption = (s: { id: string; label: string; personName: string }) => ({
  value: s.id,
  label: `${s.label} (${s.personName})`,
});

export default async function CredentialSetPage({
  params,
}: {
  params: Promise<{ id: string; setId: string }>;
}) {
  const { id, found, canManage, people } = await loadCredentialSetPage(params);
  const { set, seats } = found;
  const backups = seats.filter((s) => s.status === "backup");
  const actives = seats.filter((s) => s.status === "active");
  return (
    <main>
      <p>
        <Link href={`/facilities/${id}`}>{found.facilityCode}</Link>
      </p>
      <h1>
        {set.code} <span className="muted">{set.name}</span>
      </h1>
      <p className="muted">
        {words(set.kind)} · {set.threshold} of {set.size} · {actives.length} active, {backups.length} backup
      </p>
      <Panel id="seats" title="Seats">
        {seats.length === 0 ? (
          <p className="empty">
            No seats yet. {canManage ? "Add the holders below." : "A coordinator adds them."}
          </p>
        ) : (
          <DataTable label="Seats" headers={["Seat", "Holder", "Status"]}>
            {seats.map((s) => (
              <tr key={s.id} data-testid={`seat-${s.label}`}>
                <td>{s.label}</td>
                <td>
                  <Link href={`/people/${s.personId}`}>{s.personName}</Link>
                  <div className="muted">{s.email}</div>
                </td>
                <td>{canManage ? <SeatStatusForm seat={s} /> : <span className="badge">{s.status}</span>}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Panel>
      {canManage ? (
        <div className="grid">
          {backups.length > 0 ? (
            <Panel id="promote" title="Promote a backup">
              <PromoteForm
                id="promote"
                backup={{ options: backups.map(seatOption) }}
                actives={actives.map(seatOption)}
              />
            </Panel>
          ) : null}
          <Panel id="add-seat-h" title="Add a seat">
            <AddSeatForm
              set={{ fixed: set.id }}
              person={{ options: people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` })) }}
            />
          </Panel>
          <Panel id="edit-set" title="Edit set">
            <RecordForm
              id="set"
              action={editCredentialSetAction}
              submit="Save set"
              record={{ id: set.id, version: set.version }}
            >
              <SetFields set={set} />
            </RecordForm>
          </Panel>
        </div>
      ) : null}
    </main>
  );
}
