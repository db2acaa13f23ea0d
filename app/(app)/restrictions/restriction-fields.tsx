import { CountryInput, SelectInput, TextArea, TextInput } from "@/app/components/manage/inputs";
import { optionsOf } from "@/app/components/manage/options";
import { countryLabel } from "@/lib/domain/quorum/country-names";
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
      <CountryInput
        name="from"
        label="Travellers from"
        hint="A country, or * for travellers from anywhere."
        defaultValue={r?.fromCountry}
        anyCountry
      />
      <CountryInput name="to" label="Entering" hint="The facility's country." defaultValue={r?.toCountry} />
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
        hint="Countries (names or codes) separated by semicolons, e.g. Singapore; SE."
        defaultValue={r?.exempt.map(countryLabel).join("; ")}
      />
      <TextArea name="note" label="Note" defaultValue={r?.note} />
    </>
  );
}
