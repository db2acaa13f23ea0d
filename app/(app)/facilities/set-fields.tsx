import { SelectInput, TextInput } from "@/app/components/manage/inputs";
import { optionsOf } from "@/app/components/manage/options";
import { CREDENTIAL_KINDS } from "@/lib/domain/vocabulary";

type SetLike = { code: string; name: string; kind: string; threshold: number; size: number };

/** The credential set form's fields, shared by the add and edit forms. */
export function SetFields({ set }: { set?: SetLike }) {
  return (
    <>
      <TextInput name="code" label="Code" hint="Unique, e.g. CO-EAST." defaultValue={set?.code} />
      <TextInput name="name" label="Name" defaultValue={set?.name} />
      <SelectInput name="kind" label="Kind" options={optionsOf(CREDENTIAL_KINDS)} defaultValue={set?.kind} />
      <TextInput
        name="threshold"
        type="number"
        label="Threshold m"
        hint="How many credentials activate the HSM."
        defaultValue={set?.threshold ?? 3}
      />
      <TextInput
        name="size"
        type="number"
        label="Size n"
        hint="How many active seats the set has at most."
        defaultValue={set?.size ?? 7}
      />
    </>
  );
}
