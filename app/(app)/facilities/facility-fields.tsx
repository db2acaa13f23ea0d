import { CountryInput, TextInput } from "@/app/components/manage/inputs";

type FacilityLike = { code: string; name: string; city: string; country: string; timeZone: string };

/** The facility form's fields, shared by the new and edit pages. */
export function FacilityFields({ facility }: { facility?: FacilityLike }) {
  return (
    <>
      <TextInput
        name="code"
        label="Code"
        hint="Short and unique, e.g. KMF-EAST."
        defaultValue={facility?.code}
      />
      <TextInput name="name" label="Name" defaultValue={facility?.name} />
      <TextInput name="city" label="City" defaultValue={facility?.city} />
      <CountryInput
        name="country"
        label="Country"
        hint="Travel restrictions into it apply to the facility."
        defaultValue={facility?.country}
      />
      <TextInput
        name="timeZone"
        label="Time zone"
        hint="IANA name, e.g. America/New_York: ceremony times are shown in it."
        defaultValue={facility?.timeZone}
      />
    </>
  );
}
