import { SelectInput, TextInput } from "@/app/components/manage/inputs";
import { optionsOf } from "@/app/components/manage/options";
import { ROLES } from "@/lib/domain/roles";
import { CEREMONY_KINDS } from "@/lib/domain/vocabulary";
import type { TemplateRequirement } from "@/lib/queries/management/templates";
import { RequirementsEditor } from "./requirements-editor";

type TemplateLike = {
  name: string;
  kind: string;
  durationMinutes: number;
  requirements: TemplateRequirement[];
};
type SetOption = { id: string; code: string; facilityCode: string; threshold: number; size: number };

export function TemplateFields({ template, sets }: { template?: TemplateLike; sets: SetOption[] }) {
  return (
    <>
      <TextInput name="name" label="Name" defaultValue={template?.name} />
      <SelectInput
        name="kind"
        label="Ceremony kind"
        options={optionsOf(CEREMONY_KINDS)}
        defaultValue={template?.kind}
      />
      <TextInput
        name="durationMinutes"
        type="number"
        label="Length in minutes"
        hint="15 to 1440; a root KSK ceremony takes about 240."
        defaultValue={template?.durationMinutes ?? 240}
      />
      <RequirementsEditor
        initial={template?.requirements ?? []}
        roles={optionsOf(ROLES)}
        sets={sets.map((s) => ({
          value: s.id,
          label: `${s.code} (${s.facilityCode}, ${s.threshold} of ${s.size})`,
        }))}
      />
    </>
  );
}
