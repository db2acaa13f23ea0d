import { SelectInput, TextArea, TextInput } from "@/app/components/manage/inputs";
import { optionsOf } from "@/app/components/manage/options";
import { RESTRICTION_KINDS } from "@/lib/domain/quorum/vocabulary";

type RestrictionLike = {
  fromCountry: string;
  toCountry: string;
  kind: string;
  startDate: string;
  endDate: string;
  quarantineDays: number | null;
  exempt: string[];
  note: string | null;
};

/** The restriction form's fields; names match the CSV columns so errors read the same in both. */
export function RestrictionFields({ r }: { r?: RestrictionLike }) {
  return (
    <>
      <TextInput
        name="from"
        label="Travellers from"
        hint="ISO country code, or * for anywhere."
        defaultValue={r?.fromCountry}
      />
      <TextInput
        name="to"
        label="Entering"
        hint="ISO country code of the facility's country."
        defaultValue={r?.toCountry}
      />
      <SelectInput name="kind" label="Kind" options={optionsOf(RESTRICTION_KINDS)} defaultValue={r?.kind} />
      <TextInput
        name="days"
        type="number"
        label="Quarantine days"
        hint="1 to 60; empty for an entry ban."
        defaultValue={r?.quarantineDays}
      />
      <TextInput name="start" type="date" label="First day" defaultValue={r?.startDate} />
      <TextInput name="end" type="date" label="Last day" defaultValue={r?.endDate} />
      <TextInput
        name="exempt"
        label="Exempt nationalities"
        hint="Codes separated by spaces or semicolons."
        defaultValue={r?.exempt.join(" ")}
      />
      <TextArea name="note" label="Note" defaultValue={r?.note} />
    </>
  );
}
