import type { Metadata } from "next";
import Link from "next/link";
import { updateCeremonyAction } from "../../actions";
import { CeremonyForm } from "../../ceremony-form";
import { loadEditCeremonyPage } from "../load";
import { RequirementsForm } from "./requirements-form";

export const metadata: Metadata = { title: "Edit ceremony" };

export default async function EditCeremonyPage({ params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadEditCeremonyPage(params);
  const { data } = loaded;
  const { ceremony } = data;
  const back = (
    <p>
      <Link href={`/ceremonies/${ceremony.id}`}>← {ceremony.label}</Link>
    </p>
  );
  if (!loaded.editable) {
    return (
      <main>
        {back}
        <h1>{ceremony.label} can no longer change</h1>
        <p>It is {ceremony.status}. Its record stays as it was.</p>
      </main>
    );
  }
  const { choices, formValues } = loaded;
  const setCodeToId = new Map(choices.credentialSets.map((s) => [s.code, s.id]));
  return (
    <main>
      {back}
      <h1>Edit {ceremony.label}</h1>
      <section className="panel" aria-labelledby="requirements-heading">
        <h2 id="requirements-heading">Who is needed</h2>
        <RequirementsForm
          id={ceremony.id}
          version={ceremony.version}
          sets={choices.credentialSets.map((s) => ({ id: s.id, label: `${s.code}: ${s.name}` }))}
          initial={data.requirements.map((r) => ({
            role: r.role,
            credentialSetId: (r.credentialSet && setCodeToId.get(r.credentialSet)) || "",
            min: r.min,
          }))}
        />
      </section>
      <section className="panel" aria-labelledby="edit-heading">
        <h2 id="edit-heading">Details</h2>
        <CeremonyForm
          action={updateCeremonyAction}
          initial={formValues}
          facilities={choices.facilities.map((f) => ({ id: f.id, label: `${f.code}: ${f.name}` }))}
          submitLabel="Save changes"
        />
      </section>
    </main>
  );
}
