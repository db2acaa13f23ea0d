import type { Metadata } from "next";
import Link from "next/link";
import {
  AddSeatForm,
  PromoteForm,
  SeatStatusForm,
} from "@/app/(app)/facilities/[id]/sets/[setId]/seat-forms";
import { Checkbox } from "@/app/components/manage/inputs";
import { DataTable, Panel } from "@/app/components/manage/layout-blocks";
import { words } from "@/app/components/manage/options";
import { RecordForm } from "@/app/components/manage/record-form";
import { countryName } from "@/lib/domain/quorum/country-names";
import { formatUtc } from "@/lib/time/format";
import { editPersonAction } from "../actions";
import { PersonFields } from "../person-fields";
import { loadPersonPage } from "./load";

export const metadata: Metadata = { title: "Person" };

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { person, canEdit, canSeats, sets, actives, invited, failedMail } = await loadPersonPage(
    params,
    searchParams,
  );
  return (
    <main>
      <p>
        <Link href="/people">All people</Link>
      </p>
      <h1>{person.name}</h1>
      {failedMail ? (
        <p className="notice bad" role="status" data-testid="failed-mail">
          The last {failedMail.template === "sign_in" ? "sign-in link" : "message"} to {person.email} could
          not be sent ({formatUtc(failedMail.at)}
          {failedMail.error ? `: ${failedMail.error}` : ""}). They did not receive it.
        </p>
      ) : null}
      {invited ? (
        <p className="notice ok">
          {person.email} is registered. No email was sent: tell them to sign in with this address.
        </p>
      ) : null}
      <p className="muted">
        {person.email} · {countryName(person.homeCountry)} · {person.timeZone} ·{" "}
        {person.roles.map(words).join(", ")}
        {person.active ? "" : " · inactive"}
      </p>
      <Panel id="seats" title="Credential seats">
        {person.seats.length === 0 ? (
          <p className="empty">
            No seats. {canSeats ? "Crypto officers and shareholders need one: add it below." : ""}
          </p>
        ) : (
          <DataTable label="Seats held" headers={["Set", "Seat", "Status"]}>
            {person.seats.map((s) => (
              <tr key={s.id}>
                <td>{s.setCode}</td>
                <td>{s.label}</td>
                <td>
                  {canSeats ? <SeatStatusForm seat={s} /> : <span className="badge">{s.status}</span>}
                  {canSeats && s.status === "backup" ? (
                    <PromoteForm
                      id={`promote-${s.id}`}
                      backup={{ fixed: s.id }}
                      actives={actives
                        .filter((a) => a.setId === s.setId)
                        .map((a) => ({ value: a.id, label: `${a.label} (${a.personName})` }))}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Panel>
      <div className="grid">
        {canEdit ? (
          <Panel id="edit" title="Edit">
            <RecordForm id="person" action={editPersonAction} submit="Save" record={person}>
              <PersonFields person={person} />
              <Checkbox name="active" label="Active (may sign in)" defaultChecked={person.active} />
            </RecordForm>
          </Panel>
        ) : null}
        {canSeats ? (
          <Panel id="add-seat-h" title="Add a seat">
            <AddSeatForm
              person={{ fixed: person.id }}
              set={{ options: sets.map((s) => ({ value: s.id, label: `${s.code} (${s.facilityCode})` })) }}
            />
          </Panel>
        ) : null}
      </div>
    </main>
  );
}
