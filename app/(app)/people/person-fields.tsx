import { CheckboxGroup, CountryInput, TextInput } from "@/app/components/manage/inputs";
import { optionsOf } from "@/app/components/manage/options";
import { PERSON_ROLES } from "@/lib/domain/people";

type PersonLike = { name: string; homeCountry: string; timeZone: string; roles: readonly string[] };

/** Name, home, zone and roles: shared by the invite and edit forms. */
export function PersonFields({ person }: { person?: PersonLike }) {
  return (
    <>
      <TextInput name="name" label="Name" defaultValue={person?.name} />
      <CountryInput
        name="homeCountry"
        label="Home country"
        hint="Travel restrictions are matched on it."
        defaultValue={person?.homeCountry}
      />
      <TextInput
        name="timeZone"
        label="Time zone"
        hint="IANA name, e.g. Europe/Stockholm: times are shown to them in it."
        defaultValue={person?.timeZone}
      />
      <CheckboxGroup
        name="roles"
        label="Roles"
        options={optionsOf(PERSON_ROLES)}
        defaultValues={person?.roles ?? []}
      />
    </>
  );
}
