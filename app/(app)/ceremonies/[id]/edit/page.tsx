import type { Metadata } from "next";
import Link from "next/link";
import { isEditable } from "@/lib/domain/ceremony-lifecycle";
import { editChoices } from "@/lib/queries/planning/ceremony-choices";
import { ceremonyFormValues } from "@/lib/services/ceremonies/form-values";
import { updateCeremonyAction } from "../../actions";
import { CeremonyForm } from "../../ceremony-form";
import { loadCeremony } from "../load";
import { RequirementsForm } from "./requirements-form";

export const metadata: Metadata = { title: "Edit ceremony" };

export default async function EditCeremonyPage({ params }: { params: Promise<{ id: string }> }) {
  const { db, data } = await loadCeremony(params, "ceremonies.manage", "/edit");
  const { ceremony } = data;
  const back = (
    <p>
      <Link href={`/ceremonies/${ceremony.id}`}>← {ceremony.label}</Link>
    </p>
  );
  if (!isEditable(ceremony.status)) {
    return (
      <main>
        {back}
        <h1>{ceremony.label} can no longer change</h1>
        <p>It is {ceremony.status}. Its record stays as it was.</p>
      </main>
    );
  }
  const choices = await editChoices(db, ceremony.facilityId);
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
          initial={ceremonyFormValues(ceremony)}
          facilities={choices.facilities.map((f) => ({ id: f.id, label: `${f.code}: ${f.name}` }))}
          submitLabel="Save changes"
        />
      </section>
    </main>
  );
}
