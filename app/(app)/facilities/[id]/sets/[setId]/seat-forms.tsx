import { ActionForm } from "@/app/components/manage/action-form";
import { Hidden, type Option, SelectInput, TextInput } from "@/app/components/manage/inputs";
import { optionsOf } from "@/app/components/manage/options";
import { SEAT_STATUSES } from "@/lib/domain/vocabulary";
import { addSeatAction, changeSeatStatusAction, promoteBackupAction } from "./actions";

type Choice = { fixed: string } | { options: Option[] };

function Choose({ name, label, pick }: { name: string; label: string; pick: Choice }) {
  return "fixed" in pick ? (
    <Hidden name={name} value={pick.fixed} />
  ) : (
    <SelectInput name={name} label={label} options={pick.options} placeholder="Choose…" />
  );
}

/** Adds a seat: on a set page the set is fixed, on a person page the person is. */
export function AddSeatForm({ set, person }: { set: Choice; person: Choice }) {
  return (
    <ActionForm id="add-seat" action={addSeatAction} submit="Add seat" resetOnOk>
      <Choose name="setId" label="Credential set" pick={set} />
      <Choose name="personId" label="Holder" pick={person} />
      <TextInput name="label" label="Seat label" hint="Unique in the set, e.g. CO-EAST 8." />
      <SelectInput name="status" label="Status" options={optionsOf(SEAT_STATUSES)} defaultValue="backup" />
    </ActionForm>
  );
}

export function SeatStatusForm({ seat }: { seat: { id: string; label: string; status: string } }) {
  return (
    // Keyed by status: the select is uncontrolled, so a change made elsewhere (a promotion) remounts it.
    <ActionForm
      key={seat.status}
      id={`seat-${seat.id}`}
      action={changeSeatStatusAction}
      submit="Change status"
      secondary
    >
      <Hidden name="seatId" value={seat.id} />
      <SelectInput
        name="status"
        label={`Status of ${seat.label}`}
        options={optionsOf(SEAT_STATUSES)}
        defaultValue={seat.status}
      />
    </ActionForm>
  );
}

/**
 * Promotes a backup; when the set is full the coordinator names the active seat to retire in the same
 * step (the server refuses a full set without one).
 */
export function PromoteForm({ id, backup, actives }: { id: string; backup: Choice; actives: Option[] }) {
  return (
    <ActionForm id={id} action={promoteBackupAction} submit="Promote backup">
      <Choose name="seatId" label="Backup seat to make active" pick={backup} />
      <SelectInput
        name="retireSeatId"
        label="Active seat to retire"
        hint="Needed when the set already has n active seats."
        options={actives}
        placeholder="None: the set has room"
      />
    </ActionForm>
  );
}
